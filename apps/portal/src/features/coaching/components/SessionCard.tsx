import { graphql } from '@/gql';
import type { SessionCard_SessionFragment } from '@/gql/graphql';
import { PersonLink } from '@/shared/people/PersonLink';
import { Card, Tag, timeAgo } from '@/ui';
import styles from './coaching.module.css';

export const SessionCardFragment = graphql(`
  fragment SessionCard_session on CoachingSession {
    id
    status
    notes
    focusSkills
    followUpAt
    createdAt
    employee {
      id
      displayName
    }
    coach {
      id
      displayName
    }
    feedback {
      id
      csat
      nps
      comment
    }
    courses {
      id
      title
    }
  }
`);

const STATUS_LABEL: Record<string, string> = { OPEN: 'Open', ACKNOWLEDGED: 'Acknowledged', COMPLETED: 'Completed' };
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** One coaching session: who, about which ratings, what to work on; the private notes; the action for this viewer. */
export function SessionCard({ session, action }: { session: SessionCard_SessionFragment; action?: React.ReactNode }) {
  return (
    <Card className={styles.session} aria-label={`Coaching session with ${session.employee.displayName}`} role="article">
      <div className={styles.head}>
        <span>
          <PersonLink person={session.employee} /> coached by <PersonLink person={session.coach} /> · {timeAgo(session.createdAt)}
        </span>
        <Tag tone={session.status === 'COMPLETED' ? 'success' : 'neutral'}>{STATUS_LABEL[session.status]}</Tag>
      </div>
      {session.focusSkills.length > 0 && <p className={styles.skills}>Focus: {session.focusSkills.join(', ')}</p>}
      <ul className={styles.ratings}>
        {session.feedback.map((feedback) => (
          <li key={feedback.id}>
            CSAT {feedback.csat}/5{feedback.nps != null ? ` · NPS ${feedback.nps}` : ''}
            {feedback.comment ? <q className={styles.comment}>{feedback.comment}</q> : null}
          </li>
        ))}
      </ul>
      {session.notes && <p className={styles.notes}>{session.notes}</p>}
      {session.courses.length > 0 && (
        <p className={styles.skills}>Suggested courses: {session.courses.map((course) => course.title).join(', ')}</p>
      )}
      {session.followUpAt && <p className={styles.skills}>Follow-up {dateFormat.format(new Date(session.followUpAt))}</p>}
      {action}
    </Card>
  );
}
