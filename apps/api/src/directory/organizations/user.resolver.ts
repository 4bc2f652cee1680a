import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, levelFor } from '@laurels/domain';
import { CurrentViewer, RequireRole, SignedIn, type Viewer } from '#platform/auth';
import { OptionalIdArg, AtMost, Loaders, type RequestLoaders } from '#platform/graphql';
import { CreateUserInput } from './dto/create-user.input.js';
import { ImportUsersResultObject } from './dto/import-users-result.object.js';
import { ImportUsersInput } from './dto/import-users.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { PeopleImportService } from './people-import.service.js';
import { LevelObject } from './dto/level.object.js';
import { TeamObject } from './dto/team.object.js';
import { UserObject } from './dto/user.object.js';
import { TeamsService } from './teams.service.js';
import { MAX_USERS_LISTED, UsersService } from './users.service.js';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    private readonly people: UsersService,
    private readonly teams: TeamsService,
    private readonly imports: PeopleImportService,
  ) {}

  @Query(() => [UserObject], {
    description: `Active people of the organisation, or of one team, by name: the first ${MAX_USERS_LISTED}. The people query pages through everyone and searches.`,
  })
  @SignedIn()
  @AtMost(MAX_USERS_LISTED)
  async users(@CurrentViewer() viewer: Viewer, @OptionalIdArg('teamId') teamId: string | null): Promise<UserObject[]> {
    return (await this.people.list(viewer, teamId)).map(UserObject.from);
  }

  @Mutation(() => UserObject, { description: 'Admin only. Adds a person to the organisation.' })
  @RequireRole(Role.ADMIN)
  async createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<UserObject> {
    return UserObject.from(await this.people.create(viewer, input));
  }

  @Mutation(() => UserObject, { description: 'Admin only. Changes a person’s name, role, team or start date: those given.' })
  @RequireRole(Role.ADMIN)
  async updateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateUserInput): Promise<UserObject> {
    return UserObject.from(await this.people.update(viewer, input));
  }

  @Mutation(() => ImportUsersResultObject, {
    description:
      'Admin only. Adds people, all or nothing: when any row is wrong nobody is added and errors names every wrong field of every row. People whose email the organisation has already are skipped. Imported people sign in once an admin gives them a password (setUserPassword).',
  })
  @RequireRole(Role.ADMIN)
  async importUsers(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportUsersInput): Promise<ImportUsersResultObject> {
    const outcome = await this.imports.import(viewer, input.rows);
    return Object.assign(new ImportUsersResultObject(), { ...outcome, errors: [...outcome.errors] });
  }

  @Mutation(() => UserObject, { description: 'Leaves (or rejoins) other people’s leaderboards; you still see your own place.' })
  @SignedIn()
  async setLeaderboardOptOut(@CurrentViewer() viewer: Viewer, @Args('optOut') optOut: boolean): Promise<UserObject> {
    return UserObject.from(await this.people.setLeaderboardOptOut(viewer, optOut));
  }

  @ResolveField(() => TeamObject, { nullable: true })
  async team(@Parent() user: UserObject, @Loaders() loaders: RequestLoaders): Promise<TeamObject | null> {
    if (!user.teamId) return null;
    const team = await loaders.get(this.teams.byIds).load(user.teamId);
    return team && TeamObject.from(team);
  }

  @ResolveField(() => Int, {
    description: "Lifetime points: the sum of this user's points ledger. 0 to everyone else when the user opted out of leaderboards.",
  })
  points(@Parent() user: UserObject, @CurrentViewer() viewer: Viewer): number {
    return user.leaderboardOptOut && user.id !== viewer.userId ? 0 : user.points;
  }

  @ResolveField(() => LevelObject)
  level(@Parent() user: UserObject): LevelObject {
    return LevelObject.from(levelFor(user.points));
  }
}
