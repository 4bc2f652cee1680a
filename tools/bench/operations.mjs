// What the bench sends: the portal's own operations, exactly as Apollo Client sends them, with
// variables taken from the seeded organisation, and the targets of issue 9 they are held to.
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PORTAL_DOCUMENTS = join(import.meta.dirname, '../../apps/portal/src/gql/graphql.ts');

/** The portal's operations by name, as graphql-codegen compiled them (the same extraction as apps/api/test/schema.int-spec.ts). */
export function portalDocuments() {
  const source = readFileSync(PORTAL_DOCUMENTS, 'utf8');
  const documents = new Map();
  for (const [, name, json] of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)) {
    const document = JSON.parse(json);
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    if (operation) documents.set(name, { document, operation });
  }
  return documents;
}

/** The body Apollo Client's HttpLink posts: the cache adds __typename to every selection, then the document is printed. */
export function requestBody(document, variables = {}) {
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  return JSON.stringify({ operationName: operation.name?.value, variables, query: print(addTypenameToDocument(document)) });
}

/** Targets from issue 9, as ratios to the bare Fastify + Mercurius `{ __typename }` of the same run. */
export const TARGETS = {
  typename: { ratio: 0.25 },
  viewer: { ratio: 0.15 },
  home: { ratio: 0.05 },
  leaderboard: { ratio: 0.05, p99: 100 },
  leaderboardPage: { ratio: 0.05 },
  celebrations: { ratio: 0.1 },
  feed: { ratio: 0.03, p99: 200 },
};
export const COMPLETE_MODULE_TARGET = { perSecond: 300, p99: 150 };
export const RSS_TARGET_MB = 400;
export const FIRST_ROUTE_TARGET_KB = 170;

const LEADERBOARD_TOP_10 = `query BenchLeaderboard($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {
  leaderboard(scope: $scope, period: $period, first: 10) { rank points user { id displayName } team { id name } }
}`;
const CELEBRATIONS_FIRST_20 = `query BenchCelebrations {
  celebrations(first: 20) { nodes { id kind title body icon createdAt user { id displayName } team { id name } } pageInfo { endCursor hasNextPage } }
}`;

/**
 * Every operation to load: `portal` names a document of the portal, `query` is the bench's own
 * (the leaderboard and celebrations rows). `as` is who sends it: a typical agent, their
 * manager, the admin, or nobody (a public page). `variables` may be a function of earlier answers.
 * apps/api/test/growth.int-spec.ts measures each in two sizes of organisation, and fails on a query
 * of the portal that is not here.
 */
export function benchOperations(seeded) {
  const operations = [
    { name: '{ __typename }', query: '{ __typename }', as: 'agent', target: 'typename' },
    { name: 'Viewer (the shell)', portal: 'Viewer', as: 'agent', target: 'viewer' },
    { name: 'HomePage', portal: 'HomePage', as: 'agent', target: 'home' },
  ];
  for (const scope of ['INDIVIDUAL', 'TEAM']) {
    for (const period of ['WEEK', 'MONTH', 'QUARTER', 'ALL_TIME']) {
      operations.push({
        name: `leaderboard ${scope} ${period}, top 10`,
        query: LEADERBOARD_TOP_10,
        variables: { scope, period },
        as: 'agent',
        target: 'leaderboard',
      });
    }
  }
  operations.push(
    {
      name: 'LeaderboardPage (INDIVIDUAL MONTH)',
      portal: 'Leaderboard',
      variables: { scope: 'INDIVIDUAL', period: 'MONTH' },
      as: 'agent',
      target: 'leaderboardPage',
    },
    {
      name: 'LeaderboardPage (TEAM QUARTER)',
      portal: 'Leaderboard',
      variables: { scope: 'TEAM', period: 'QUARTER' },
      as: 'agent',
      target: 'leaderboardPage',
    },
    { name: 'celebrations, first 20', query: CELEBRATIONS_FIRST_20, as: 'agent', target: 'celebrations' },
    { name: 'FeedPage', portal: 'FeedPage', as: 'agent', target: 'feed' },
    { name: 'FeedPage, one team', portal: 'FeedTeam', variables: { id: seeded.teamId }, as: 'agent' },
    {
      name: 'FeedPage, load more',
      portal: 'FeedCelebrations',
      variables: (answers) => ({ after: answers.FeedPage?.celebrations.pageInfo.endCursor }),
      as: 'agent',
    },
    { name: 'CataloguePage', portal: 'Catalogue', variables: { skill: null }, as: 'agent' },
    { name: 'CoursePage', portal: 'CoursePage', variables: { id: seeded.courseId }, as: 'agent' },
    { name: 'ModulePage', portal: 'ModulePage', variables: { courseId: seeded.courseId, moduleId: seeded.moduleIds[0] }, as: 'agent' },
    { name: 'PathsPage', portal: 'Paths', as: 'agent' },
    { name: 'EventsPage', portal: 'Events', variables: { from: seeded.week.from, to: seeded.week.to, reviewer: false }, as: 'agent' },
    {
      name: 'EventsPage with the claims to review (manager)',
      portal: 'Events',
      variables: { from: seeded.week.from, to: seeded.week.to, reviewer: true },
      as: 'manager',
    },
    { name: 'BadgesPage', portal: 'BadgeWall', as: 'agent' },
    { name: 'BadgePage (the most held badge)', portal: 'BadgePage', variables: { id: seeded.badgeId }, as: 'agent' },
    {
      name: 'BadgePage, more holders',
      portal: 'BadgeHolders',
      variables: (answers) => ({ id: seeded.badgeId, after: answers.BadgePage?.badge.awards.at(-1)?.cursor }),
      as: 'agent',
    },
    { name: 'CertificationsPage', portal: 'Certifications', as: 'agent' },
    { name: 'TeamsPage', portal: 'Teams', as: 'agent' },
    { name: 'TeamPage', portal: 'TeamPage', variables: { id: seeded.teamId, from: seeded.week.from, to: seeded.week.to }, as: 'agent' },
    { name: 'DigestPage (last week)', portal: 'DigestPage', variables: { from: seeded.week.from, to: seeded.week.to }, as: 'agent' },
    { name: 'ManageTeamPage (manager)', portal: 'ManageTeam', variables: { id: seeded.teamId }, as: 'manager' },
    { name: 'HomePage (manager)', portal: 'HomePage', as: 'manager' },
    {
      name: 'A manager’s team on their home (manager)',
      portal: 'ManagerTeam',
      variables: { teamId: seeded.teamId, from: seeded.week.from, to: seeded.week.to },
      as: 'manager',
    },
    { name: 'ProfilePage (a colleague)', portal: 'ProfilePage', variables: { id: seeded.managerId }, as: 'agent' },
    {
      name: 'ProfilePage, more kudos',
      portal: 'ProfileMoreKudos',
      variables: (answers) => ({ id: seeded.managerId, after: answers.ProfilePage?.user?.kudosReceived.pageInfo.endCursor }),
      as: 'agent',
    },
    {
      name: 'ProfilePage, more stories',
      portal: 'ProfileMoreStories',
      variables: (answers) => ({ id: seeded.managerId, after: answers.ProfilePage?.user?.stories.pageInfo.endCursor }),
      as: 'agent',
    },
    { name: 'Shell search, "vera" (agent)', portal: 'ShellSearch', variables: { query: 'vera' }, as: 'agent' },
    { name: 'Shell search, "team 1" (agent)', portal: 'ShellSearch', variables: { query: 'team 1' }, as: 'agent' },
    {
      name: 'Feedback import, the team’s members (manager)',
      portal: 'FeedbackImportTeam',
      variables: { id: seeded.teamId },
      as: 'manager',
    },
    {
      name: 'People picker, searching "agent1" (manager)',
      portal: 'PeoplePicker',
      variables: { search: 'agent1', managerId: seeded.managerId },
      as: 'manager',
    },
    { name: 'People picker, searching "a" (agent)', portal: 'PeoplePicker', variables: { search: 'a' }, as: 'agent' },
    { name: 'Team picker, searching "team" (agent)', portal: 'TeamPicker', variables: { search: 'team' }, as: 'agent' },
    { name: 'SettingsPage (admin)', portal: 'SettingsPage', as: 'admin' },
    { name: 'PeoplePage directory (admin)', portal: 'PeopleDirectory', variables: { deactivated: false }, as: 'admin' },
    { name: 'PeoplePage directory, deactivated (admin)', portal: 'PeopleDirectory', variables: { deactivated: true }, as: 'admin' },
    {
      name: 'PeoplePage directory, searching "agent1" (admin)',
      portal: 'PeopleDirectory',
      variables: { search: 'agent1', deactivated: false },
      as: 'admin',
    },
    { name: 'PeoplePage teams (admin)', portal: 'PeopleTeams', variables: { search: '' }, as: 'admin' },
    { name: 'StudioPage (admin)', portal: 'Studio', as: 'admin' },
    { name: 'StudioCoursePage (admin)', portal: 'StudioCourse', variables: { id: seeded.courseId }, as: 'admin' },
    { name: 'Module editor, its answer key (admin)', portal: 'AnswerKey', variables: { moduleId: seeded.moduleIds[0] }, as: 'admin' },
    { name: 'Course picker, searching "call" (manager)', portal: 'CoursePicker', variables: { search: 'call' }, as: 'manager' },
    { name: 'Certification courses (admin)', portal: 'CertificationCourses', as: 'admin' },
    { name: 'VerifyPage (signed out)', portal: 'VerifyCredential', variables: { id: seeded.credentialId }, as: null },
    { name: 'Notification bell (the shell)', portal: 'NotificationBell', as: 'agent' },
    { name: 'NotificationsPage', portal: 'NotificationsPage', variables: { first: 20 }, as: 'agent' },
    { name: 'RewardsPage', portal: 'RewardsPage', as: 'agent' },
    { name: 'Redemptions to review (manager)', portal: 'RedemptionQueuePage', variables: { status: null }, as: 'manager' },
    { name: 'MentoringPage', portal: 'Mentoring', variables: { withTeam: false }, as: 'agent' },
    {
      name: 'MentoringPage with the team (manager)',
      portal: 'Mentoring',
      variables: { teamId: seeded.teamId, withTeam: true },
      as: 'manager',
    },
    { name: 'MyFeedbackPage, ratings', portal: 'MyFeedback', variables: { first: 20 }, as: 'agent' },
    {
      name: 'MyFeedbackPage, scores (manager)',
      portal: 'FeedbackScores',
      variables: { userId: seeded.managerId, teamId: seeded.teamId, hasTeam: true, from: seeded.week.from, to: seeded.week.to },
      as: 'manager',
    },
    { name: 'Notification preferences (Settings)', portal: 'NotificationPreferences', as: 'agent' },
    { name: 'Onboarding paths (Settings, admin)', portal: 'OnboardingPaths', as: 'admin' },
    { name: 'CoachingPage (manager)', portal: 'TeamCoaching', variables: { teamId: seeded.teamId }, as: 'manager' },
    { name: 'Coaching form, its courses (manager)', portal: 'CoachingCourses', as: 'manager' },
  );
  return operations;
}
