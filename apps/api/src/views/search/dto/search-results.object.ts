import { Field, ObjectType } from '@nestjs/graphql';
import { BadgeDefinitionObject } from '#catalog/badges';
import { CourseObject } from '#catalog/courses';
import { TeamObject } from '#directory/organizations';
import { AtMost } from '#platform/graphql';

/** The most results of each kind one search returns. */
export const MAX_SEARCH_RESULTS = 20;

@ObjectType('SearchResults', {
  description: 'What a search found, by kind, each by name: the first `perKind` of each. People are found by the people query.',
})
export class SearchResultsObject {
  @Field(() => [CourseObject])
  @AtMost(MAX_SEARCH_RESULTS)
  courses!: CourseObject[];

  @Field(() => [BadgeDefinitionObject])
  @AtMost(MAX_SEARCH_RESULTS)
  badges!: BadgeDefinitionObject[];

  @Field(() => [TeamObject])
  @AtMost(MAX_SEARCH_RESULTS)
  teams!: TeamObject[];
}
