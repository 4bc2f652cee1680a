import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '#platform/auth';
import { decodeTextCursor, encodeTextCursor, IdArg, OptionalIdArg, PageArg, PagedBy } from '#platform/graphql';
import { UserConnectionObject } from './dto/user-connection.object.js';
import { UserObject } from './dto/user.object.js';
import { PeopleService } from './people.service.js';

/** The most people one page of the directory holds. */
const MAX_PEOPLE_PAGE = 50;

/** The people directory: everyone in the organisation can find their colleagues. */
@Resolver(() => UserConnectionObject)
export class PeopleResolver {
  constructor(private readonly directory: PeopleService) {}

  @Query(() => UserConnectionObject, {
    description:
      'The organisation’s active people (or, for admins, its deactivated ones), a page at a time, by name; search matches the start of any word of the name, or of the email, ignoring case and accents (several words: each must match).',
  })
  @SignedIn()
  @PagedBy(MAX_PEOPLE_PAGE)
  async people(
    @CurrentViewer() viewer: Viewer,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @OptionalIdArg('teamId') teamId: string | null,
    @OptionalIdArg('managerId', 'Only the people of the teams this person manages.') managerId: string | null,
    @PageArg(20, MAX_PEOPLE_PAGE) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('deactivated', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Admins only: the deactivated people instead of the active ones.',
    })
    deactivated: boolean,
  ): Promise<UserConnectionObject> {
    const filter = await this.directory.filter(viewer, search, teamId, managerId, deactivated);
    const page = await this.directory.page(viewer, filter, first, after ? decodeTextCursor(after) : null);
    const last = page.nodes.at(-1);
    return Object.assign(new UserConnectionObject(), {
      nodes: page.nodes.map(UserObject.from),
      pageInfo: { endCursor: last ? encodeTextCursor({ key: last.searchName, id: last.id }) : null, hasNextPage: page.hasNextPage },
      filter,
    });
  }

  @Query(() => UserObject, { nullable: true, description: 'A colleague’s profile; null for another organisation’s id.' })
  @SignedIn()
  async user(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<UserObject | null> {
    const user = await this.directory.find(viewer, id);
    return user && UserObject.from(user);
  }

  @ResolveField(() => Int, { description: 'How many people match, all pages together; counted only when asked for.' })
  totalCount(@Parent() connection: UserConnectionObject, @CurrentViewer() viewer: Viewer): Promise<number> {
    return this.directory.count(viewer, connection.filter);
  }
}
