import { createBrowserRouter } from 'react-router';
import { Loading } from '@/ui/Spinner';
import { AppShell } from './AppShell';
import { RouteError } from './RouteError';

/** Shown while the first page's chunk loads on a full load of the portal. */
function FirstLoad() {
  return <Loading label="Loading Laurels…" />;
}

/** Every page is its own chunk: the first screen loads only what it shows. */
export const router = createBrowserRouter([
  {
    HydrateFallback: FirstLoad,
    children: [
      { path: '/sign-in', lazy: async () => ({ Component: (await import('@/features/auth/routes/SignInPage')).SignInPage }) },
      { path: '/sign-up', lazy: async () => ({ Component: (await import('@/features/auth/routes/SignUpPage')).SignUpPage }) },
      {
        path: '/verify/:credentialId',
        lazy: async () => ({ Component: (await import('@/features/verify/routes/VerifyPage')).VerifyPage }),
      },
      {
        path: '/',
        Component: AppShell,
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('@/features/home/routes/HomePage')).HomePage }) },
          { path: 'feed', lazy: async () => ({ Component: (await import('@/features/feed/routes/FeedPage')).FeedPage }) },
          { path: 'courses', lazy: async () => ({ Component: (await import('@/features/courses/routes/CataloguePage')).CataloguePage }) },
          {
            path: 'courses/:courseId',
            lazy: async () => ({ Component: (await import('@/features/courses/routes/CoursePage')).CoursePage }),
          },
          {
            path: 'courses/:courseId/modules/:moduleId',
            lazy: async () => ({ Component: (await import('@/features/learning/routes/ModulePage')).ModulePage }),
          },
          { path: 'badges', lazy: async () => ({ Component: (await import('@/features/badges/routes/BadgesPage')).BadgesPage }) },
          { path: 'badges/:badgeId', lazy: async () => ({ Component: (await import('@/features/badges/routes/BadgePage')).BadgePage }) },
          {
            path: 'certifications',
            lazy: async () => ({ Component: (await import('@/features/certifications/routes/CertificationsPage')).CertificationsPage }),
          },
          {
            path: 'certificates/:awardId',
            lazy: async () => ({ Component: (await import('@/features/certifications/routes/CertificatePage')).CertificatePage }),
          },
          { path: 'teams', lazy: async () => ({ Component: (await import('@/features/teams/routes/TeamsPage')).TeamsPage }) },
          { path: 'teams/:teamId', lazy: async () => ({ Component: (await import('@/features/teams/routes/TeamPage')).TeamPage }) },
          {
            path: 'teams/:teamId/manage',
            lazy: async () => ({ Component: (await import('@/features/teams/routes/ManageTeamPage')).ManageTeamPage }),
          },
          {
            path: 'teams/:teamId/coaching',
            lazy: async () => ({ Component: (await import('@/features/coaching/routes/CoachingPage')).CoachingPage }),
          },
          {
            path: 'feedback',
            lazy: async () => ({ Component: (await import('@/features/coaching/routes/MyFeedbackPage')).MyFeedbackPage }),
          },
          // A person's profile; the people directory is a route of its own.
          {
            path: 'people/:personId',
            lazy: async () => ({ Component: (await import('@/features/people/routes/ProfilePage')).ProfilePage }),
          },
          {
            path: 'leaderboard',
            lazy: async () => ({ Component: (await import('@/features/leaderboard/routes/LeaderboardPage')).LeaderboardPage }),
          },
          {
            path: 'mentoring',
            lazy: async () => ({ Component: (await import('@/features/mentoring/routes/MentoringPage')).MentoringPage }),
          },
          { path: 'events', lazy: async () => ({ Component: (await import('@/features/events/routes/EventsPage')).EventsPage }) },
          { path: 'paths', lazy: async () => ({ Component: (await import('@/features/paths/routes/PathsPage')).PathsPage }) },
          { path: 'rewards', lazy: async () => ({ Component: (await import('@/features/rewards/routes/RewardsPage')).RewardsPage }) },
          {
            path: 'rewards/review',
            lazy: async () => ({ Component: (await import('@/features/rewards/routes/RedemptionQueuePage')).RedemptionQueuePage }),
          },
          { path: 'digest', lazy: async () => ({ Component: (await import('@/features/digest/routes/DigestPage')).DigestPage }) },
          { path: 'people', lazy: async () => ({ Component: (await import('@/features/people/routes/PeoplePage')).PeoplePage }) },
          {
            path: 'notifications',
            lazy: async () => ({ Component: (await import('@/features/notifications/routes/NotificationsPage')).NotificationsPage }),
          },
          { path: 'settings', lazy: async () => ({ Component: (await import('@/features/settings/routes/SettingsPage')).SettingsPage }) },
          { path: 'studio', lazy: async () => ({ Component: (await import('@/features/studio/routes/StudioPage')).StudioPage }) },
          {
            path: 'studio/courses/:courseId',
            lazy: async () => ({ Component: (await import('@/features/studio/routes/StudioCoursePage')).StudioCoursePage }),
          },
          { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }) },
        ],
      },
    ],
  },
]);
