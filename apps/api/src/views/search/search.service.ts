import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseStatus, Role, hasRole } from '@laurels/domain';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { BadgeDefinition } from '#catalog/badges';
import { Course } from '#catalog/courses';
import { Team } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { escapeLike } from '#platform/database';
import { requireText } from '#platform/graphql';
import { SearchTerm, type SearchSubject } from './search-term.entity.js';

/** A search reads at most this many words, and this many characters, as the people directory does. */
const MAX_SEARCH_WORDS = 5;
export const MAX_SEARCH_LENGTH = 100;

export interface SearchMatches {
  readonly courses: Course[];
  readonly badges: BadgeDefinition[];
  readonly teams: Team[];
}

/**
 * Finds courses, badges and teams by the start of any word of their title or
 * name, ignoring case and accents: for each kind, a range of
 * search_terms_by_prefix (organisation, kind, word, name, id) for the longest
 * word searched, the others checked by the terms' primary key, the first
 * `first` by name. A search reads the words that match, of one organisation.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(viewer: Viewer, query: string, first: number): Promise<SearchMatches> {
    const text = requireText(query, 'query', 0, MAX_SEARCH_LENGTH);
    if (text === '') return { courses: [], badges: [], teams: [] };
    const words = text
      .split(/\s+/)
      .slice(0, MAX_SEARCH_WORDS)
      .sort((a, b) => b.length - a.length)
      .map(escapeLike);
    // Learners find published courses; managers and admins drafts too, as the catalogue shows them. Archived ones are gone from both.
    const statuses = hasRole(viewer.role, Role.MANAGER) ? [CourseStatus.PUBLISHED, CourseStatus.DRAFT] : [CourseStatus.PUBLISHED];
    const [courses, badges, teams] = await Promise.all([
      this.find(viewer, 'COURSE', Course, words, first, statuses),
      this.find(viewer, 'BADGE', BadgeDefinition, words, first),
      this.find(viewer, 'TEAM', Team, words, first),
    ]);
    return { courses, badges, teams };
  }

  private async find<T extends ObjectLiteral & { id: string }>(
    viewer: Viewer,
    kind: SearchSubject,
    entity: EntityTarget<T>,
    words: readonly string[],
    first: number,
    courseStatuses?: readonly CourseStatus[],
  ): Promise<T[]> {
    const [longest, ...others] = words;
    const matches = this.dataSource
      .createQueryBuilder(SearchTerm, 'term')
      .select('term.subjectId', 'id')
      .where('term.organizationId = :organizationId AND term.kind = :kind', { organizationId: viewer.organizationId, kind })
      .andWhere(`term.term LIKE laurels_fold(:longest) || '%'`, { longest });
    others.forEach((word, index) =>
      matches.andWhere(
        `EXISTS (SELECT 1 FROM search_terms word${index} WHERE word${index}.subject_id = term.subject_id AND word${index}.term LIKE laurels_fold(:word${index}) || '%')`,
        { [`word${index}`]: word },
      ),
    );
    if (courseStatuses) {
      matches.andWhere('EXISTS (SELECT 1 FROM courses course WHERE course.id = term.subject_id AND course.status IN (:...statuses))', {
        statuses: courseStatuses,
      });
    }
    const rows = await matches
      .groupBy('term.searchName')
      .addGroupBy('term.subjectId')
      .orderBy('term.searchName', 'ASC')
      .addOrderBy('term.subjectId', 'ASC')
      .limit(first)
      .getRawMany<{ id: string }>();
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const found = await this.dataSource.getRepository(entity).findBy({ id: In(ids) } as never);
    return ids.flatMap((id) => found.filter((item) => item.id === id));
  }
}
