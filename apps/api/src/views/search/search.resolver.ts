import { Args, Query, Resolver } from '@nestjs/graphql';
import { BadgeDefinitionObject } from '#catalog/badges';
import { CourseObject } from '#catalog/courses';
import { TeamObject } from '#directory/organizations';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { PageArg } from '#platform/graphql';
import { MAX_SEARCH_RESULTS, SearchResultsObject } from './dto/search-results.object.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchResultsObject)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultsObject, {
    description:
      'Courses, badges and teams whose title or name has a word starting with each word of query, ignoring case and accents: the first `perKind` of each kind, by name. Learners find published courses only.',
  })
  @SignedIn()
  async search(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @PageArg(5, MAX_SEARCH_RESULTS, 'perKind') perKind: number,
  ): Promise<SearchResultsObject> {
    const found = await this.searchService.search(viewer, query, perKind);
    return Object.assign(new SearchResultsObject(), {
      courses: found.courses.map(CourseObject.from),
      badges: found.badges.map(BadgeDefinitionObject.from),
      teams: found.teams.map(TeamObject.from),
    });
  }
}
