import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { Alert, Button, Card, EmptyState, Loading, PageHeader, timeAgo } from '@/ui';
import { errorMessage } from '@/shared/apollo';
import { SessionCard } from '../components/SessionCard';
import styles from '../components/coaching.module.css';

const PAGE = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

const MyFeedbackQuery = graphql(`
  query MyFeedback($first: Int!, $after: String) {
    me {
      id
      team {
        id
        name
      }
    }
    myFeedback(first: $first, after: $after) {
      id
      csat
      nps
      comment
      customerName
      createdAt
      cursor
    }
    coachingSessions {
      ...SessionCard_session
    }
  }
`);

const FeedbackScoresQuery = graphql(`
  query FeedbackScores($userId: ID!, $teamId: ID!, $hasTeam: Boolean!, $from: DateTime!, $to: DateTime!) {
    mine: feedbackSummary(userId: $userId, from: $from, to: $to) {
      responses
      averageCsat
      npsScore
    }
    team: feedbackSummary(teamId: $teamId, from: $from, to: $to) @include(if: $hasTeam) {
      responses
      averageCsat
      npsScore
    }
  }
`);

const AcknowledgeMutation = graphql(`
  mutation AcknowledgeCoachingSession($sessionId: ID!) {
    acknowledgeCoachingSession(sessionId: $sessionId) {
      id
      status
    }
  }
`);

interface Summary {
  readonly responses: number;
  readonly averageCsat?: number | null;
  readonly npsScore?: number | null;
}

function Score({ title, summary }: { title: string; summary?: Summary | null }) {
  return (
    <Card className={styles.score}>
      <h2 className={styles.skills}>{title}</h2>
      <span className={styles.figure}>CSAT {summary?.averageCsat != null ? summary.averageCsat.toFixed(2) : '–'}</span>
      <span>NPS {summary?.npsScore != null ? summary.npsScore : '–'}</span>
      <span className={styles.skills}>
        {summary?.responses ?? 0} ratings{summary && summary.npsScore == null ? ' (NPS shows from 5 answers)' : ''}
      </span>
    </Card>
  );
}

/** What customers said about me: my ratings and comments, my 30-day CSAT and NPS beside my team's, and my coaching sessions. */
export function MyFeedbackPage() {
  const [period] = useState(() => ({ from: new Date(Date.now() - 30 * DAY_MS).toISOString(), to: new Date().toISOString() }));
  const { data, loading, error, refetch, fetchMore } = useQuery(MyFeedbackQuery, { variables: { first: PAGE } });
  const teamId = data?.me.team?.id;
  const scores = useQuery(FeedbackScoresQuery, {
    variables: { userId: data?.me.id ?? '', teamId: teamId ?? '', hasTeam: Boolean(teamId), ...period },
    skip: !data,
  });
  const [acknowledge, acknowledging] = useMutation(AcknowledgeMutation);
  const [more, setMore] = useState(true);

  if (loading && !data) return <Loading label="Loading your feedback…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} title="Your feedback could not load" />;
  if (!data) return null;

  const loadMore = async () => {
    const last = data.myFeedback.at(-1);
    const { data: next } = await fetchMore({
      variables: { after: last?.cursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        myFeedback: [...previous.myFeedback, ...fetchMoreResult.myFeedback],
      }),
    });
    if ((next?.myFeedback.length ?? 0) < PAGE) setMore(false);
  };
  const sessions = data.coachingSessions.filter((session) => session.employee.id === data.me.id);

  return (
    <>
      <PageHeader title="My feedback" subtitle="What customers said about you, and how the last 30 days compare with your team." />
      <div className={styles.scores}>
        <Score title="You, last 30 days" summary={scores.data?.mine} />
        <Score title={data.me.team ? `${data.me.team.name}, last 30 days` : 'Your team'} summary={scores.data?.team} />
      </div>

      <section className={styles.section} aria-labelledby="coaching-heading">
        <h2 id="coaching-heading">Coaching</h2>
        {acknowledging.error && <Alert>{errorMessage(acknowledging.error)}</Alert>}
        {sessions.length === 0 ? (
          <p className={styles.skills}>No coaching sessions.</p>
        ) : (
          <ul className={styles.list}>
            {sessions.map((session) => (
              <li key={session.id}>
                <SessionCard
                  session={session}
                  action={
                    session.status === 'OPEN' ? (
                      <Button
                        size="sm"
                        busy={acknowledging.loading}
                        onClick={() => void acknowledge({ variables: { sessionId: session.id } }).catch(() => undefined)}
                      >
                        Acknowledge
                      </Button>
                    ) : null
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings and comments</h2>
        {data.myFeedback.length === 0 ? (
          <EmptyState title="No feedback yet">When customers rate your help, their ratings and words appear here.</EmptyState>
        ) : (
          <ul className={styles.list}>
            {data.myFeedback.map((feedback) => (
              <li key={feedback.id}>
                <Card className={styles.session}>
                  <div className={styles.row}>
                    <strong>
                      CSAT {feedback.csat}/5{feedback.nps != null ? ` · NPS ${feedback.nps}` : ''}
                    </strong>
                    <span className={styles.skills}>
                      {feedback.customerName ? `${feedback.customerName} · ` : ''}
                      {timeAgo(feedback.createdAt)}
                    </span>
                  </div>
                  {feedback.comment && <q className={styles.comment}>{feedback.comment}</q>}
                </Card>
              </li>
            ))}
          </ul>
        )}
        {data.myFeedback.length >= PAGE && more && (
          <Button variant="secondary" onClick={() => void loadMore()}>
            Show older feedback
          </Button>
        )}
      </section>
    </>
  );
}
