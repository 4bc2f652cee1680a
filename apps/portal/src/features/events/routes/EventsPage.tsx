import { useQuery } from '@apollo/client/react';
import { CalendarDays, GraduationCap, Inbox, Plus } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { canAuthor, useViewer } from '@/shared/viewer';
import { Alert, Button, Card, EmptyState, Loading, PageHeader, Tag } from '@/ui';
import { ClaimForm } from '../components/ClaimForm';
import { ClaimReview } from '../components/ClaimReview';
import { EventCard } from '../components/EventCard';
import { NewEventForm } from '../components/NewEventForm';
import styles from './EventsPage.module.css';

const EventsQuery = graphql(`
  query Events($from: DateTime!, $to: DateTime!, $reviewer: Boolean!) {
    learningEvents(from: $from, to: $to) {
      id
      startsAt
      endsAt
      ...EventCard_event
    }
    myClaims: externalLearningClaims(mine: true) {
      id
      title
      provider
      status
      points
      note
    }
    reviewQueue: externalLearningClaims(status: PENDING) @include(if: $reviewer) {
      id
      ...ClaimReview_claim
    }
    organization {
      id
      externalLearningPointsLimit
    }
  }
`);

const DAY_MS = 24 * 60 * 60 * 1000;
/** The page reads six weeks back and six weeks ahead: within the API's 92-day window. */
const WINDOW_DAYS = 45;
const CLAIM_TONE = { PENDING: 'gold', APPROVED: 'success', REJECTED: 'neutral' } as const;

export function EventsPage() {
  const viewer = useViewer();
  const me = viewer.data?.me;
  const manages = canAuthor(me?.role);
  const [now] = useState(() => new Date());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(EventsQuery, {
    variables: {
      from: new Date(now.getTime() - WINDOW_DAYS * DAY_MS).toISOString(),
      to: new Date(now.getTime() + WINDOW_DAYS * DAY_MS).toISOString(),
      reviewer: manages,
    },
    skip: !me,
  });
  const events = data?.learningEvents ?? [];
  const upcoming = events.filter((event) => new Date(event.endsAt) > now);
  const past = events.filter((event) => new Date(event.endsAt) <= now).reverse();
  const card = (event: (typeof events)[number]) => <EventCard key={event.id} event={event} viewerId={me!.id} manages={manages} now={now} />;

  return (
    <>
      <PageHeader
        title="Events"
        subtitle="Knowledge-sharing sessions, workshops and conferences: learn together, host, and claim what you learned outside."
        actions={
          me &&
          !creating && (
            <Button icon={<Plus size={18} />} onClick={() => setCreating(true)}>
              {manages ? 'New event' : 'Propose an event'}
            </Button>
          )
        }
      />
      {created && <Alert tone="success">{created === 'PENDING' ? 'Proposal sent to your manager.' : 'Event published.'}</Alert>}
      {creating && me && (
        <Card className={styles.section}>
          <h2>{manages ? 'New event' : 'Propose an event'}</h2>
          <NewEventForm
            proposing={!manages}
            viewerId={me.id}
            onDone={(status) => {
              setCreating(false);
              setCreated(status);
            }}
          />
        </Card>
      )}
      {(loading || viewer.loading) && !data ? (
        <Loading label="Loading events…" />
      ) : (error || viewer.error) && !data ? (
        <QueryError error={error ?? viewer.error} onRetry={() => void (error ? refetch() : viewer.refetch())} />
      ) : (
        <div className={styles.columns}>
          <div className={styles.events}>
            <section aria-labelledby="upcoming-events">
              <h2 id="upcoming-events">Upcoming</h2>
              {upcoming.length === 0 ? (
                <EmptyState icon={<CalendarDays size={26} />} title="Nothing planned yet">
                  Propose a knowledge-sharing session: what you know, someone else needs.
                </EmptyState>
              ) : (
                <div className={styles.list}>{upcoming.map(card)}</div>
              )}
            </section>
            <section aria-labelledby="past-events">
              <h2 id="past-events">Past</h2>
              {past.length === 0 ? (
                <EmptyState icon={<CalendarDays size={26} />} title="No past events in the last six weeks" />
              ) : (
                <div className={styles.list}>{past.map(card)}</div>
              )}
            </section>
          </div>
          <aside className={styles.side}>
            {manages && data?.reviewQueue && (
              <section aria-labelledby="claims-to-review">
                <h2 id="claims-to-review">Claims to review</h2>
                {data.reviewQueue.length === 0 ? (
                  <EmptyState icon={<Inbox size={26} />} title="No claims waiting" />
                ) : (
                  <div className={styles.list}>
                    {data.reviewQueue.map((claim) => (
                      <ClaimReview key={claim.id} claim={claim} pointsLimit={data.organization.externalLearningPointsLimit} />
                    ))}
                  </div>
                )}
              </section>
            )}
            <Card className={styles.section}>
              <h2>Claim external learning</h2>
              <ClaimForm />
            </Card>
            <section aria-labelledby="my-claims">
              <h2 id="my-claims">My claims</h2>
              {data?.myClaims.length === 0 ? (
                <EmptyState icon={<GraduationCap size={26} />} title="No claims yet">
                  Went to a conference or took an outside course? Claim it above.
                </EmptyState>
              ) : (
                <ul className={styles.claims}>
                  {data?.myClaims.map((claim) => (
                    <li key={claim.id}>
                      <span>
                        {claim.title} · {claim.provider}
                        {claim.note && <span className={styles.note}> “{claim.note}”</span>}
                      </span>
                      <Tag tone={CLAIM_TONE[claim.status]}>
                        {claim.status === 'APPROVED'
                          ? `Approved · ${claim.points} points`
                          : claim.status === 'PENDING'
                            ? 'Pending'
                            : 'Rejected'}
                      </Tag>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </aside>
        </div>
      )}
    </>
  );
}
