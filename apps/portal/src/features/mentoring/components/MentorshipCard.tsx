import { useMutation } from '@apollo/client/react';
import { MENTORSHIP_SESSIONS_SHOWN } from '@laurels/domain';
import { CalendarClock, CheckCircle2, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { MentorshipCard_MentorshipFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { PersonLink } from '@/shared/people/PersonLink';
import { Alert, Button, Card, ItemList, Tag, duration } from '@/ui';
import { SessionForm } from './SessionForm';
import styles from './MentorshipCard.module.css';

export const MentorshipCardFragment = graphql(`
  fragment MentorshipCard_mentorship on Mentorship {
    id
    goal
    status
    startedAt
    endsAt
    mentor {
      id
      displayName
    }
    mentee {
      id
      displayName
    }
    sessions {
      id
      heldAt
      minutes
      notes
      points
      loggedBy {
        id
        displayName
      }
    }
  }
`);

const CompleteMentorshipMutation = graphql(`
  mutation CompleteMentorship($mentorshipId: ID!) {
    completeMentorship(mentorshipId: $mentorshipId) {
      id
      status
      completedAt
    }
  }
`);

const STATUS: Record<string, { label: string; tone: 'brand' | 'gold' | 'neutral' }> = {
  ACTIVE: { label: 'Active', tone: 'brand' },
  COMPLETED: { label: 'Completed', tone: 'gold' },
  ENDED: { label: 'Ended', tone: 'neutral' },
};

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One mentorship: who mentors whom toward what, its latest sessions, the form to log one, and completing it. */
export function MentorshipCard({ mentorship, viewerId }: { mentorship: MentorshipCard_MentorshipFragment; viewerId: string }) {
  const [complete, completing] = useMutation(CompleteMentorshipMutation, { refetchQueries: ['Mentoring'], awaitRefetchQueries: true });
  const [done, setDone] = useState(false);
  const isPair = viewerId === mentorship.mentor.id || viewerId === mentorship.mentee.id;
  const open = mentorship.status !== 'COMPLETED';
  const status = STATUS[mentorship.status] ?? STATUS.ACTIVE!;
  const headingId = `mentorship-${mentorship.id}`;

  const finish = async () => {
    const result = await complete({ variables: { mentorshipId: mentorship.id } }).catch(() => null);
    if (result?.data) setDone(true);
  };

  return (
    <Card className={styles.card} aria-labelledby={headingId} role="region">
      <header className={styles.header}>
        <h3 id={headingId} className={styles.pair}>
          <PersonLink person={mentorship.mentor} /> mentors <PersonLink person={mentorship.mentee} />
        </h3>
        <Tag tone={status.tone}>{status.label}</Tag>
      </header>
      <p className={styles.goal}>{mentorship.goal}</p>
      <p className={styles.dates}>
        Since {day.format(new Date(mentorship.startedAt))}
        {mentorship.endsAt && <> · until {day.format(new Date(mentorship.endsAt))}</>}
      </p>
      {done && <Alert tone="success">Completed — celebrated on the feed for both of you.</Alert>}
      {completing.error && <Alert>{errorMessage(completing.error)}</Alert>}

      <h4 className={styles.subheading}>Sessions</h4>
      {mentorship.sessions.length === 0 ? (
        <p className={styles.none}>No sessions logged yet.</p>
      ) : (
        <ItemList alignTop>
          {mentorship.sessions.map((session) => (
            <li key={session.id} className={styles.session}>
              <CalendarClock size={18} aria-hidden="true" className={styles.sessionIcon} />
              <div>
                <p className={styles.sessionLine}>
                  <strong>{dayAndTime.format(new Date(session.heldAt))}</strong> · {duration(session.minutes)} · logged by{' '}
                  {session.loggedBy.displayName}
                  {session.points > 0 && (
                    <>
                      {' '}
                      <Tag tone="gold" icon={<Sparkles size={12} aria-hidden="true" />}>
                        +{session.points} points
                      </Tag>
                    </>
                  )}
                </p>
                {session.notes && <p className={styles.notes}>{session.notes}</p>}
              </div>
            </li>
          ))}
        </ItemList>
      )}
      {mentorship.sessions.length >= MENTORSHIP_SESSIONS_SHOWN && (
        <p className={styles.none}>The latest {MENTORSHIP_SESSIONS_SHOWN} sessions are shown.</p>
      )}

      {open && isPair && mentorship.status === 'ACTIVE' && (
        <SessionForm mentorshipId={mentorship.id} startedAt={mentorship.startedAt} mentorName={mentorship.mentor.displayName} />
      )}
      {open && (
        <div className={styles.actions}>
          <Button variant="secondary" icon={<CheckCircle2 size={18} />} busy={completing.loading} onClick={() => void finish()}>
            Complete mentorship
          </Button>
        </div>
      )}
    </Card>
  );
}
