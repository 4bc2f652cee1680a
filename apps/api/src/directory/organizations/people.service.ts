import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, Role, hasRole } from '@laurels/domain';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { type TextPosition, requireText } from '#platform/graphql';
import { escapeLike } from '#platform/database';
import { Team } from './team.entity.js';
import { UserSearchTerm } from './user-search-term.entity.js';
import { User } from './user.entity.js';

/** Who to list: everyone, one team, or the teams one person manages; all of them or those a search finds; active people or deactivated ones. */
export interface PeopleFilter {
  /** LIKE patterns, one per word searched for, longest first: each must start a word of the person's (or start their email). */
  readonly words: readonly string[];
  readonly teamId: string | null;
  readonly managerId: string | null;
  readonly active: boolean;
}

export interface PeoplePage {
  readonly nodes: User[];
  readonly hasNextPage: boolean;
}

/** A search reads at most this many words, and this many characters. */
const MAX_SEARCH_WORDS = 5;
const MAX_SEARCH_LENGTH = 100;

/**
 * The people directory, by name (users.search_name, then id), a page at a
 * time. Three ways to read it, each through an index that holds only what it
 * needs:
 *
 * - everyone: users_by_name (organisation, active, name, id), walked from the
 *   cursor; a page reads its own rows;
 * - a team, or the teams someone manages: users_by_team (team, active, name, id),
 *   each member checked against the words searched for by user_search_terms'
 *   primary key; a page reads at most the team;
 * - a search across the organisation: the matching words of
 *   user_search_terms_by_prefix (organisation, active, word, name, person), a range
 *   of the index for the longest word searched, sorted from the index alone;
 *   it reads the people that word matches, nobody else and no other
 *   organisation.
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  /** Checks the arguments of a directory read and turns them into a filter. Only admins see deactivated people. */
  async filter(
    viewer: Viewer,
    search: string | null,
    teamId: string | null,
    managerId: string | null,
    deactivated: boolean,
  ): Promise<PeopleFilter> {
    if (deactivated && !hasRole(viewer.role, Role.ADMIN)) throw new ForbiddenError('Only admins see deactivated people');
    if (teamId && !(await this.teams.existsBy({ id: teamId, organizationId: viewer.organizationId })))
      throw new NotFoundError('Team', teamId);
    const text = search == null ? '' : requireText(search, 'search', 0, MAX_SEARCH_LENGTH);
    const words = text === '' ? [] : text.split(/\s+/).slice(0, MAX_SEARCH_WORDS);
    return { words: words.sort((a, b) => b.length - a.length).map(escapeLike), teamId, managerId, active: !deactivated };
  }

  async page(viewer: Viewer, filter: PeopleFilter, first: number, after: TextPosition | null): Promise<PeoplePage> {
    const rows = this.searchesWholeOrganization(filter)
      ? await this.matchingPage(viewer, filter, first + 1, after)
      : await this.inOrder(this.members(viewer, filter), first + 1, after).getMany();
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** How many people the filter finds: counted from the same index ranges as a page, without reading the people. */
  count(viewer: Viewer, filter: PeopleFilter): Promise<number> {
    if (!this.searchesWholeOrganization(filter)) return this.members(viewer, filter).getCount();
    return this.matchingWords(viewer, filter)
      .select('COUNT(DISTINCT term.userId)::int', 'count')
      .getRawOne<{ count: number }>()
      .then((row) => row?.count ?? 0);
  }

  /** A colleague, or null when the id is unknown or another organisation's. */
  find(viewer: Viewer, userId: string): Promise<User | null> {
    return this.users.findOneBy({ id: userId, organizationId: viewer.organizationId });
  }

  private searchesWholeOrganization(filter: PeopleFilter): boolean {
    return filter.words.length > 0 && !filter.teamId && !filter.managerId;
  }

  /**
   * Everyone the filter names, read by users_by_name or users_by_team, each
   * checked against the words searched for. A team is the organisation's
   * (filter() checked it), so its members are read by team alone: asking for
   * the organisation too would tempt the planner to combine both indexes and
   * read the whole organisation's.
   */
  private members(viewer: Viewer, filter: PeopleFilter): SelectQueryBuilder<User> {
    const query = this.users.createQueryBuilder('user');
    if (filter.teamId) query.where('user.teamId = :teamId', { teamId: filter.teamId });
    else if (filter.managerId) {
      query.where(
        'user.teamId IN (SELECT managed.id FROM teams managed WHERE managed.organization_id = :organizationId AND managed.manager_id = :managerId)',
        {
          organizationId: viewer.organizationId,
          managerId: filter.managerId,
        },
      );
    } else query.where('user.organizationId = :organizationId', { organizationId: viewer.organizationId });
    query.andWhere('user.active = :active', { active: filter.active });
    // LIMIT 1 keeps each check a probe per member: as EXISTS, the planner may turn it around and read every
    // person of the organisation whose name has a word starting so, which a short word makes most of it.
    filter.words.forEach((word, index) =>
      query.andWhere(
        `(SELECT true FROM user_search_terms word${index} WHERE word${index}.user_id = user.id AND word${index}.term LIKE laurels_fold(:word${index}) || '%' LIMIT 1)`,
        { [`word${index}`]: word },
      ),
    );
    return query;
  }

  private inOrder(query: SelectQueryBuilder<User>, limit: number, after: TextPosition | null): SelectQueryBuilder<User> {
    if (after) query.andWhere('(user.searchName, user.id) > (:afterName, :afterId)', { afterName: after.key, afterId: after.id });
    return query.orderBy('user.searchName', 'ASC').addOrderBy('user.id', 'ASC').limit(limit);
  }

  /** The words of the organisation's people that start with the longest word searched, and who also match the others. */
  private matchingWords(viewer: Viewer, filter: PeopleFilter): SelectQueryBuilder<UserSearchTerm> {
    const [longest, ...others] = filter.words;
    const query = this.users.manager
      .createQueryBuilder(UserSearchTerm, 'term')
      .where('term.organizationId = :organizationId', { organizationId: viewer.organizationId })
      .andWhere('term.active = :active', { active: filter.active })
      .andWhere(`term.term LIKE laurels_fold(:longest) || '%'`, { longest });
    others.forEach((word, index) =>
      query.andWhere(
        `EXISTS (SELECT 1 FROM user_search_terms word${index} WHERE word${index}.user_id = term.user_id AND word${index}.term LIKE laurels_fold(:word${index}) || '%')`,
        {
          [`word${index}`]: word,
        },
      ),
    );
    return query;
  }

  /** A page of the matches, ranked from the word index alone, then those people read by id. */
  private matchingPage(viewer: Viewer, filter: PeopleFilter, limit: number, after: TextPosition | null): Promise<User[]> {
    const matches = this.matchingWords(viewer, filter).select('term.userId', 'user_id');
    if (after) matches.andWhere('(term.searchName, term.userId) > (:afterName, :afterId)', { afterName: after.key, afterId: after.id });
    matches
      .groupBy('term.searchName')
      .addGroupBy('term.userId')
      .orderBy('term.searchName', 'ASC')
      .addOrderBy('term.userId', 'ASC')
      .limit(limit);
    return this.users
      .createQueryBuilder('user')
      .innerJoin(`(${matches.getQuery()})`, 'page', 'page.user_id = user.id')
      .setParameters(matches.getParameters())
      .orderBy('user.searchName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .getMany();
  }
}
