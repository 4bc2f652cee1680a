import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '@laurels/domain';
import { Loaders, type RequestLoaders } from '#platform/graphql';
import { CredentialsService } from '#achievements/credentials';
import { UserObject, UsersService } from '#directory/organizations';
import { BadgesService, BadgeDefinitionObject } from '#catalog/badges';
import { BadgeAwardObject } from './dto/badge-award.object.js';

@Resolver(() => BadgeAwardObject)
export class BadgeAwardResolver {
  constructor(
    private readonly badges: BadgesService,
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
  ) {}

  @ResolveField(() => BadgeDefinitionObject)
  async badge(@Parent() award: BadgeAwardObject, @Loaders() loaders: RequestLoaders): Promise<BadgeDefinitionObject> {
    const badge = await loaders.get(this.badges.byIds).load(award.badgeId);
    if (!badge) throw new NotFoundError('Badge', award.badgeId);
    return BadgeDefinitionObject.from(badge);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() award: BadgeAwardObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const user = await loaders.get(this.users.byIds).load(award.userId);
    if (!user) throw new NotFoundError('User', award.userId);
    return UserObject.from(user);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Set for MANUAL badges.' })
  async awardedBy(@Parent() award: BadgeAwardObject, @Loaders() loaders: RequestLoaders): Promise<UserObject | null> {
    if (!award.awardedById) return null;
    const user = await loaders.get(this.users.byIds).load(award.awardedById);
    return user && UserObject.from(user);
  }

  @ResolveField(() => String, { description: 'Public URL of the Open Badges 3.0 credential for this award.' })
  credentialUrl(@Parent() award: BadgeAwardObject): string {
    return this.credentials.credentialUrl(award.id);
  }
}
