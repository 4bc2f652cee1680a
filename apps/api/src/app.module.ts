import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AchievementsModule } from './achievements/achievements.module.js';
import { AssignmentsModule } from './assignments/assignments.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BadgesModule } from './badges/badges.module.js';
import { CelebrationsModule } from './celebrations/celebrations.module.js';
import { CertificationsModule } from './certifications/certifications.module.js';
import { CredentialsModule } from './credentials/credentials.module.js';
import { AccessModule } from './common/auth/access.module.js';
import { Authenticator } from './common/auth/authenticator.js';
import type { Clock } from './common/clock.js';
import { CommonModule } from './common/common.module.js';
import { GraphQLExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { createValidationPipe } from './common/errors/validation.pipe.js';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard.js';
import { Settings } from './config/settings.js';
import { dataSourceOptions } from './database/data-source.js';
import { migrate } from './database/startup-lock.js';
import { DigestModule } from './digest/digest.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { HealthModule } from './health/health.module.js';
import { LeaderboardModule } from './leaderboard/leaderboard.module.js';
import { KudosModule } from './kudos/kudos.module.js';
import { LearningModule } from './learning/learning.module.js';
import { MilestonesModule } from './milestones/milestones.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PointsModule } from './points/points.module.js';

/** The composition root: configuration in, feature modules wired together. */
@Module({})
export class AppModule {
  static forRoot(settings: Settings, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(settings.databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrate(dataSource);
            return dataSource;
          },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccessModule],
          inject: [Authenticator],
          useFactory: (authenticator: Authenticator) => graphqlOptions(authenticator),
        }),
        CommonModule.forRoot(clock),
        AccessModule,
        HealthModule,
        OrganizationsModule,
        AuthModule,
        PointsModule,
        AchievementsModule,
        LearningModule,
        CelebrationsModule,
        CredentialsModule,
        BadgesModule,
        CertificationsModule,
        AssignmentsModule,
        FeedbackModule,
        MilestonesModule,
        LeaderboardModule,
        KudosModule,
        DigestModule,
      ],
      providers: [
        { provide: Settings, useValue: settings },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
      exports: [Settings],
    };
  }
}
