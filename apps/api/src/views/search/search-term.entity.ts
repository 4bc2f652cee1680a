import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a search term names: a course by its title, a badge or a team by its name. */
export type SearchSubject = 'COURSE' | 'BADGE' | 'TEAM';

/**
 * One word a course, badge or team can be found by, folded as people's words
 * are (user_search_terms): each word of its title or name, and each part of a
 * hyphenated or apostrophised word. PostgreSQL keeps these rows from courses,
 * badge_definitions and teams by triggers (search_terms_refresh, in the
 * migration that made this table), so every writer keeps the catalogue
 * searchable. The organisation and the kind lead the index, so a search reads
 * only the matching words of one kind in its own organisation.
 */
@Entity('search_terms')
@Index('search_terms_by_prefix', ['organizationId', 'kind', 'term', 'searchName', 'subjectId'])
export class SearchTerm {
  @PrimaryColumn('uuid')
  subjectId!: string;

  @PrimaryColumn({ type: 'text', collation: 'C' })
  term!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('text')
  kind!: SearchSubject;

  /** The whole title or name, folded: matches are listed by it. */
  @Column({ type: 'text', collation: 'C' })
  searchName!: string;
}
