import { useQuery } from '@apollo/client/react';
import { BookOpen } from 'lucide-react';
import { graphql } from '@/gql';
import { CourseCard } from '@/shared/courses/CourseCard';
import gridStyles from '@/shared/courses/CourseGrid.module.css';
import { QueryError } from '@/shared/QueryError';
import { ButtonLink, EmptyState, Loading, PageHeader } from '@/ui';
import { AssignmentList } from '../components/AssignmentList';
import { LatestBadges } from '../components/LatestBadges';
import { ManagerTeams } from '../components/ManagerTeams';
import { OnboardingCard } from '../components/OnboardingCard';
import { RecentPoints } from '../components/RecentPoints';
import { StatsPanel } from '../components/StatsPanel';
import { onboardingProgress } from '../onboarding';
import styles from './HomePage.module.css';

const HomePageQuery = graphql(`
  query HomePage {
    me {
      id
      displayName
      managedTeams {
        id
      }
      ...StatsPanel_user
      badges {
        ...LatestBadges_award
      }
    }
    myEnrollments {
      id
      status
      course {
        id
        ...CourseCard_course
      }
    }
    # Suggestions come from the start of the catalogue: three not yet taken among its first twenty.
    courses(status: PUBLISHED, first: 20) {
      id
      ...CourseCard_course
    }
    pointsHistory(first: 6) {
      ...RecentPoints_entry
    }
    myAssignments {
      id
      status
      dueAt
      course {
        id
        title
      }
      ...AssignmentList_assignment
    }
    organization {
      id
      onboardingPath {
        id
        title
        courses {
          id
        }
      }
    }
  }
`);

function greeting(now = new Date()): string {
  const hour = now.getHours();
  return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
}

export function HomePage() {
  const { data, loading, error, refetch } = useQuery(HomePageQuery);
  if (loading && !data) return <Loading label="Loading your dashboard…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;

  const active = data.myEnrollments.filter((enrollment) => enrollment.status !== 'COMPLETED');
  const enrolled = new Set(data.myEnrollments.map((enrollment) => enrollment.course.id));
  const suggestions = data.courses.filter((course) => !enrolled.has(course.id)).slice(0, 3);
  const firstName = data.me.displayName.split(' ')[0];
  const managing = data.me.managedTeams.length > 0;
  const onboardingPath = data.organization.onboardingPath;
  const onboarding =
    onboardingPath &&
    onboardingProgress(
      onboardingPath.courses.map((course) => course.id),
      data.myAssignments,
    );

  return (
    <>
      <PageHeader
        eyebrow={greeting()}
        title={
          managing
            ? `${firstName}, here is how your ${data.me.managedTeams.length === 1 ? 'team is' : 'teams are'} doing`
            : `${firstName}, ready for today’s learning?`
        }
        subtitle={
          managing
            ? 'Who is behind, what customers said, and who to thank: each a click away.'
            : 'Small steps every day add up: keep your streak going.'
        }
      />
      {onboardingPath && onboarding && <OnboardingCard title={onboardingPath.title} progress={onboarding} />}
      {managing && <ManagerTeams teams={data.me.managedTeams} />}
      {managing && <h2 className={styles.ownHeading}>Your own learning</h2>}
      <StatsPanel user={data.me} />

      {data.myAssignments.some((assignment) => assignment.status !== 'COMPLETED') && (
        <section className={styles.section} aria-labelledby="assigned-heading">
          <h2 id="assigned-heading">Assigned to you</h2>
          <AssignmentList assignments={data.myAssignments} />
        </section>
      )}

      <section className={styles.section} aria-labelledby="continue-heading">
        <div className={styles.sectionHead}>
          <h2 id="continue-heading">Continue learning</h2>
          <ButtonLink to="/courses" variant="ghost" size="sm">
            All courses
          </ButtonLink>
        </div>
        {active.length === 0 ? (
          <EmptyState
            icon={<BookOpen size={26} />}
            title="Nothing in progress"
            action={<ButtonLink to="/courses">Browse the catalogue</ButtonLink>}
          >
            Pick a course to start earning points. Each module takes a few minutes.
          </EmptyState>
        ) : (
          <div className={gridStyles.grid}>
            {active.map((enrollment) => (
              <CourseCard key={enrollment.id} course={enrollment.course} />
            ))}
          </div>
        )}
      </section>

      <div className={styles.columns}>
        {suggestions.length > 0 && (
          <section className={styles.section} aria-labelledby="suggested-heading">
            <h2 id="suggested-heading">Suggested for you</h2>
            <div className={gridStyles.grid}>
              {suggestions.map((course) => (
                <CourseCard key={course.id} course={course} />
              ))}
            </div>
          </section>
        )}
        <div>
          <section className={styles.section} aria-labelledby="badges-heading">
            <h2 id="badges-heading">Latest badges</h2>
            <LatestBadges awards={data.me.badges} />
          </section>
          <section className={styles.section} aria-labelledby="points-heading">
            <h2 id="points-heading">Recent points</h2>
            <RecentPoints entries={data.pointsHistory} />
          </section>
        </div>
      </div>
    </>
  );
}
