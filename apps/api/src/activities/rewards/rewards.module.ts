import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '#directory/notifications';
import { OrganizationsModule } from '#directory/organizations';
import { Redemption } from './redemption.entity.js';
import { RedemptionsService } from './redemptions.service.js';
import { Reward } from './reward.entity.js';
import { RedemptionsResolver, RewardsResolver, UserRewardsResolver } from './rewards.resolver.js';
import { RewardsService } from './rewards.service.js';

/** The rewards catalogue and the redemptions that spend points on it. */
@Module({
  imports: [TypeOrmModule.forFeature([Reward, Redemption]), OrganizationsModule, NotificationsModule],
  providers: [RewardsService, RedemptionsService, RewardsResolver, RedemptionsResolver, UserRewardsResolver],
  exports: [RewardsService, RedemptionsService],
})
export class RewardsModule {}
