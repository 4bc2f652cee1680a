import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { NotificationsModule } from '#directory/notifications';
import { OrganizationsModule } from '#directory/organizations';
import { Kudos } from './kudos.entity.js';
import { CelebrationKudosResolver, KudosResolver, UserKudosResolver } from './kudos.resolver.js';
import { KudosService } from './kudos.service.js';
import { ParticipationResolver } from './participation.resolver.js';
import { ParticipationService } from './participation.service.js';

/** Peer recognition: kudos tagged with company values, paid from a monthly allowance. */
@Module({
  imports: [TypeOrmModule.forFeature([Kudos]), OrganizationsModule, AchievementsModule, NotificationsModule],
  providers: [KudosService, KudosResolver, UserKudosResolver, CelebrationKudosResolver, ParticipationService, ParticipationResolver],
})
export class KudosModule {}
