import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from './user.entity.js';

/**
 * One word a person can be found by: each word of their name and each part of
 * a hyphenated or apostrophised word (folded like users.search_name), and
 * their whole email. PostgreSQL keeps these rows from users by a trigger
 * (users_search_terms, in the migration that made this table), so every
 * writer of users, the app or a bulk seed, keeps the directory searchable.
 *
 * Why a table of words rather than pg_trgm over the name: "search matches the
 * start of any word" is a prefix range on a btree (`term` sorts bytewise, so
 * LIKE 'ele%' is a range), and the organisation leads the index, so a search
 * reads only the matching words of its own organisation, never other
 * organisations' people, whatever the database holds, nor the people of the
 * other status (active or deactivated). `searchName` rides along so that the
 * page of matches is sorted from the index alone.
 */
@Entity('user_search_terms')
@Index('user_search_terms_by_prefix', ['organizationId', 'active', 'term', 'searchName', 'userId'])
export class UserSearchTerm {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'text', collation: 'C' })
  term!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column('uuid')
  organizationId!: string;

  @Column({ type: 'text', collation: 'C' })
  searchName!: string;

  /** The person's: the directory searches active people, or (for an admin) deactivated ones. */
  @Column('boolean', { default: true })
  active!: boolean;
}
