import { useQuery } from '@apollo/client/react';
import { Lock, Star } from 'lucide-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Role, hasRole } from '@laurels/domain';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { useViewer } from '@/shared/viewer';
import { BackLink, ButtonLink, Card, EmptyState, ItemList, Loading, PageHeader, Segmented, timeAgo } from '@/ui';
import { AssignForm } from '../components/AssignForm';
import { AssignmentMatrix } from '../components/AssignmentMatrix';
import { NudgeForm } from '../components/NudgeForm';
import { CsvImport } from '../components/CsvImport';
import { FeedbackForm } from '../components/FeedbackForm';
import { MilestoneCard } from '../components/MilestoneCard';
import { MilestoneForm } from '../components/MilestoneForm';
import styles from './ManageTeamPage.module.css';

const ManageTeamQuery = graphql(`
  query ManageTeam($id: ID!) {
    team(id: $id) {
      id
      name
      milestones {
        id
        ...MilestoneCard_milestone
      }
    }
    teamAssignments(teamId: $id) {
      id
      overdue
      ...AssignmentMatrix_assignment
    }
    courses(status: PUBLISHED) {
      id
      title
    }
    learningPaths {
      id
      title
    }
    needsCoaching(teamId: $id, first: 10) {
      id
      csat
      nps
      comment
      createdAt
      employee {
        id
        displayName
      }
    }
    customerFeedback(teamId: $id, first: 8) {
      id
      csat
      nps
      comment
      customerName
      createdAt
      employee {
        id
        displayName
      }
    }
  }
`);

type Tab = 'training' | 'milestones' | 'feedback';
const TABS: { value: Tab; label: string }[] = [
  { value: 'training', label: 'Training' },
  { value: 'milestones', label: 'Milestones' },
  { value: 'feedback', label: 'Customer feedback' },
];

/** Managing a team is for its manager and admins: anyone else is told so, with the way back to the team. */
export function ManageTeamPage() {
  const { teamId = '' } = useParams();
  const viewer = useViewer();
  if (viewer.data && !hasRole(viewer.data.me.role, Role.MANAGER)) {
    return (
      <EmptyState
        icon={<Lock size={26} />}
        title="For managers and admins"
        action={<ButtonLink to={`/teams/${teamId}`}>Back to the team</ButtonLink>}
      >
        This is where a team's manager assigns training, sets milestones and records customer feedback.
      </EmptyState>
    );
  }
  return <ManageTeam teamId={teamId} />;
}

/** The manager's desk for one team: who is behind on what, assigning training, milestones, and customer feedback. */
function ManageTeam({ teamId }: { teamId: string }) {
  // A link may open a section: ?tab=feedback from a manager's home.
  const [params] = useSearchParams();
  const [tab, setTab] = useState<Tab>(TABS.find((choice) => choice.value === params.get('tab'))?.value ?? 'training');
  const { data, loading, error, refetch } = useQuery(ManageTeamQuery, { variables: { id: teamId } });
  if (loading && !data) return <Loading label="Loading the team…" />;
  if (error && !data)
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'Team not found', backTo: '/teams', backLabel: 'All teams' }}
      />
    );
  if (!data) return null;
  const { team } = data;
  if (!team) return null;
  const overdue = data.teamAssignments.filter((assignment) => assignment.overdue).length;

  return (
    <>
      <BackLink to={`/teams/${team.id}`}>{team.name}</BackLink>
      <PageHeader
        title={`Manage ${team.name}`}
        subtitle={
          overdue > 0 ? `${overdue} overdue ${overdue === 1 ? 'assignment' : 'assignments'} need a nudge.` : 'Everyone is on track.'
        }
        actions={<Segmented label="Section" value={tab} options={TABS} onChange={setTab} />}
      />
      {tab === 'training' && (
        <div className={styles.layout}>
          <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">Assigned training</h2>
            <Card>
              {data.teamAssignments.length === 0 ? (
                <EmptyState title="Nothing assigned yet">Assign a course or a learning path to the team, with a due date.</EmptyState>
              ) : (
                <AssignmentMatrix assignments={data.teamAssignments} />
              )}
            </Card>
          </section>
          <aside>
            <Card>
              <h3>Assign training</h3>
              <AssignForm teamId={team.id} courses={data.courses} paths={data.learningPaths} />
            </Card>
            <Card>
              <h3>Nudge the people behind</h3>
              <NudgeForm assignments={data.teamAssignments} />
            </Card>
          </aside>
        </div>
      )}
      {tab === 'milestones' && (
        <div className={styles.layout}>
          <section aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">Milestones</h2>
            {team.milestones.length === 0 ? (
              <EmptyState title="No milestones yet">Give the team something to rally around: modules this month, a CSAT target…</EmptyState>
            ) : (
              <div className={styles.milestones}>
                {team.milestones.map((milestone) => (
                  <MilestoneCard key={milestone.id} milestone={milestone} />
                ))}
              </div>
            )}
          </section>
          <aside>
            <Card>
              <h3>Set a milestone</h3>
              <MilestoneForm teamId={team.id} />
            </Card>
          </aside>
        </div>
      )}
      {tab === 'feedback' && (
        <div className={styles.layout}>
          <div>
            <section aria-labelledby="needs-coaching-heading" className={styles.section}>
              <h2 id="needs-coaching-heading">Needs coaching</h2>
              <Card padded={false}>
                {data.needsCoaching.length === 0 ? (
                  <p className={styles.empty}>No low rating is waiting for a coaching session.</p>
                ) : (
                  <ItemList alignTop>
                    {data.needsCoaching.map((item) => (
                      <li key={item.id}>
                        <span className={styles.feedbackText}>
                          <strong>{item.employee?.displayName}</strong>
                          {item.comment && <q>{item.comment}</q>}
                          <span className={styles.meta}>
                            CSAT {item.csat}/5{item.nps !== null && ` · NPS ${item.nps}`} · {timeAgo(item.createdAt)}
                          </span>
                        </span>
                        <ButtonLink to={`/teams/${team.id}/coaching?feedback=${item.id}`} size="sm" variant="secondary">
                          Coach {item.employee?.displayName}
                        </ButtonLink>
                      </li>
                    ))}
                  </ItemList>
                )}
              </Card>
              <ButtonLink to={`/teams/${team.id}/coaching`} size="sm" variant="ghost">
                All coaching sessions
              </ButtonLink>
            </section>
            <section aria-labelledby="recent-feedback-heading">
              <h2 id="recent-feedback-heading">Recent feedback</h2>
              <Card padded={false}>
                {data.customerFeedback.length === 0 ? (
                  <p className={styles.empty}>No feedback recorded yet.</p>
                ) : (
                  <ItemList alignTop>
                    {data.customerFeedback.map((item) => (
                      <li key={item.id}>
                        <span className={styles.stars} role="img" aria-label={`${item.csat} out of 5`}>
                          {Array.from({ length: 5 }, (_, index) => (
                            <Star key={index} size={14} fill={index < item.csat ? 'currentColor' : 'none'} aria-hidden="true" />
                          ))}
                        </span>
                        <span className={styles.feedbackText}>
                          <strong>{item.employee?.displayName ?? team.name}</strong>
                          {item.comment && <q>{item.comment}</q>}
                          <span className={styles.meta}>
                            {item.customerName ?? 'A customer'} · {timeAgo(item.createdAt)}
                            {item.nps !== null && ` · NPS ${item.nps}`}
                          </span>
                        </span>
                      </li>
                    ))}
                  </ItemList>
                )}
              </Card>
            </section>
            <section aria-labelledby="import-heading" className={styles.section}>
              <h2 id="import-heading">Import from your help desk</h2>
              <Card>
                <CsvImport teamId={team.id} />
              </Card>
            </section>
          </div>
          <aside>
            <Card>
              <h3>Record feedback</h3>
              <FeedbackForm teamId={team.id} />
            </Card>
          </aside>
        </div>
      )}
    </>
  );
}
