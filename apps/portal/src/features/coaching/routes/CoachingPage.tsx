import { useMutation, useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { PersonLink } from '@/shared/people/PersonLink';
import { QueryError } from '@/shared/QueryError';
import { Alert, BackLink, Button, Card, EmptyState, Loading, PageHeader, timeAgo } from '@/ui';
import { CoachingForm } from '../components/CoachingForm';
import { SessionCard } from '../components/SessionCard';
import styles from '../components/coaching.module.css';

const TeamCoachingQuery = graphql(`
  query TeamCoaching($teamId: ID!) {
    team(id: $teamId) {
      id
      name
    }
    needsCoaching(teamId: $teamId, first: 50) {
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
    coachingSessions(teamId: $teamId) {
      ...SessionCard_session
    }
  }
`);

const CompleteMutation = graphql(`
  mutation CompleteCoachingSession($sessionId: ID!) {
    completeCoachingSession(sessionId: $sessionId) {
      id
      status
    }
  }
`);

/** A manager's coaching desk for a team: low ratings no session is about yet, and the sessions they coach. */
export function CoachingPage() {
  const { teamId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(TeamCoachingQuery, { variables: { teamId } });
  const [complete, completing] = useMutation(CompleteMutation);
  const chosen = search.get('feedback');

  if (loading && !data) return <Loading label="Loading coaching…" />;
  if (error && !data)
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'This team’s coaching is not open to you', backTo: '/', backLabel: 'Back home' }}
      />
    );
  if (!data?.team) return null;
  const rating = data.needsCoaching.find((feedback) => feedback.id === chosen);
  const choose = (id: string | null) => setSearch(id ? { feedback: id } : {}, { replace: true });

  return (
    <>
      <BackLink to={`/teams/${teamId}/manage`}>Manage {data.team.name}</BackLink>
      <PageHeader title="Coaching" subtitle={`Low ratings in ${data.team.name} and the coaching sessions you lead.`} />

      {rating?.employee && (
        <Card className={styles.section}>
          <h2>Coaching session for {rating.employee.displayName}</h2>
          <p className={styles.skills}>
            About CSAT {rating.csat}/5{rating.nps != null ? ` · NPS ${rating.nps}` : ''}
            {rating.comment ? ` — “${rating.comment}”` : ''}
          </p>
          <CoachingForm rating={rating} onDone={() => choose(null)} />
        </Card>
      )}

      <section className={styles.section} aria-labelledby="needs-heading">
        <h2 id="needs-heading">Needs coaching</h2>
        {data.needsCoaching.length === 0 ? (
          <EmptyState title="No low ratings waiting">
            Ratings of CSAT 2 or less, or NPS 6 or less, with no session yet appear here.
          </EmptyState>
        ) : (
          <ul className={styles.list}>
            {data.needsCoaching.map((feedback) => (
              <li key={feedback.id}>
                <Card className={styles.row}>
                  <span>
                    {feedback.employee && <PersonLink person={feedback.employee} />} · CSAT {feedback.csat}/5
                    {feedback.nps != null ? ` · NPS ${feedback.nps}` : ''} · {timeAgo(feedback.createdAt)}
                    {feedback.comment && <q className={styles.comment}>{feedback.comment}</q>}
                  </span>
                  <Button
                    size="sm"
                    onClick={() => choose(feedback.id)}
                    aria-label={`Open a coaching session for ${feedback.employee?.displayName ?? 'the team'}`}
                  >
                    Open a coaching session
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        {completing.error && <Alert>{errorMessage(completing.error)}</Alert>}
        {data.coachingSessions.length === 0 ? (
          <p className={styles.skills}>No coaching sessions yet.</p>
        ) : (
          <ul className={styles.list}>
            {data.coachingSessions.map((session) => (
              <li key={session.id}>
                <SessionCard
                  session={session}
                  action={
                    session.status !== 'COMPLETED' ? (
                      <Button
                        size="sm"
                        variant="secondary"
                        busy={completing.loading}
                        onClick={() => void complete({ variables: { sessionId: session.id } }).catch(() => undefined)}
                      >
                        Mark completed
                      </Button>
                    ) : null
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
