import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AchievementsModule } from '#achievements/achievement-path';
import { AwardsModule } from '#achievements/awards';
import { CelebrationsModule } from '#achievements/celebrations';
import { CredentialsModule } from '#achievements/credentials';
import { PointsModule } from '#achievements/points';
import { AssignmentsModule } from '#activities/assignments';
import { AwardingModule } from '#activities/awarding';
import { CoachingModule } from '#activities/coaching';
import { FeedbackModule } from '#activities/feedback';
import { KudosModule } from '#activities/kudos';
import { LearningModule } from '#activities/learning';
import { MentoringModule } from '#activities/mentoring';
import { LearningEventsModule } from '#activities/learning-events';
import { MilestonesModule } from '#activities/milestones';
import { OnboardingModule } from '#activities/onboarding';
import { ReactionsModule } from '#activities/reactions';
import { RewardsModule } from '#activities/rewards';
import { SignUpModule } from '#activities/sign-up';
import { StoriesModule } from '#activities/stories';
import { AnniversariesModule } from '#activities/anniversaries';
import { BadgesModule } from '#catalog/badges';
import { CertificationsModule } from '#catalog/certifications';
import { CoursesModule } from '#catalog/courses';
import { AccountsModule, LiveSessions } from '#directory/accounts';
import { OrganizationsModule } from '#directory/organizations';
import { ClockModule, type Clock } from '#platform/clock';
import { Settings } from '#platform/config';
import { migrate } from '#platform/database';
import { GraphQLExceptionFilter, createValidationPipe } from '#platform/errors';
import { HealthModule } from '#platform/health';
import { JobsModule } from '#platform/jobs';
import { MailModule } from '#platform/mail';
import { NotificationsModule } from '#directory/notifications';
import { RemindersModule } from '#activities/reminders';
import { RateLimitGuard, RateLimitModule } from '#platform/rate-limit';
import { DigestModule } from '#views/digest';
import { FeedModule } from '#views/feed';
import { LeaderboardModule } from '#views/leaderboards';
import { ProgressModule } from '#views/progress';
import { SearchModule } from '#views/search';
import { TeamOverviewModule } from '#views/team-overview';
import { dataSourceOptions } from './database/data-source.js';
import { graphqlOptions } from './graphql-options.js';
import { LiveConnectionsDriver } from './live-connections.driver.js';

/** The composition root: configuration in, feature modules wired together. */
@Module({})
export class AppModule {
  static forRoot(settings: Settings, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(settings.databaseUrl, {
              statementMs: settings.databaseStatementTimeoutMs,
              connectMs: settings.databaseConnectTimeoutMs,
            }),
            retryAttempts: 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrate(dataSource);
            return dataSource;
          },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: LiveConnectionsDriver,
          imports: [AccountsModule],
          inject: [LiveSessions, Settings],
          useFactory: (liveSessions: LiveSessions, settings: Settings) => graphqlOptions(liveSessions, settings),
        }),
        ClockModule.forRoot(clock),
        HealthModule,
        JobsModule,
        MailModule,
        RateLimitModule,
        // Bottom layer first: directory, catalogue, achievement path, activities, views.
        OrganizationsModule,
        AccountsModule,
        NotificationsModule,
        CoursesModule,
        BadgesModule,
        CertificationsModule,
        PointsModule,
        CredentialsModule,
        CelebrationsModule,
        AwardsModule,
        AchievementsModule,
        SignUpModule,
        LearningModule,
        LearningEventsModule,
        AssignmentsModule,
        KudosModule,
        MentoringModule,
        FeedbackModule,
        CoachingModule,
        StoriesModule,
        AnniversariesModule,
        ReactionsModule,
        MilestonesModule,
        AwardingModule,
        RemindersModule,
        OnboardingModule,
        RewardsModule,
        FeedModule,
        LeaderboardModule,
        DigestModule,
        ProgressModule,
        SearchModule,
        TeamOverviewModule,
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
