import { useMutation } from '@apollo/client/react';
import { CalendarDays, MapPin } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { EventCard_EventFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { PersonLink } from '@/shared/people/PersonLink';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, Card, Tag, plural } from '@/ui';
import { KIND_LABEL } from './NewEventForm';
import styles from './EventCard.module.css';

export const EventCardFragment = graphql(`
  fragment EventCard_event on LearningEvent {
    id
    kind
    title
    description
    startsAt
    endsAt
    location
    skills
    points
    hostPoints
    status
    goingCount
    viewerGoing
    attendanceRecorded
    hosts {
      id
      displayName
    }
    attended {
      id
      displayName
    }
    createdBy {
      id
      displayName
    }
  }
`);

const RsvpMutation = graphql(`
  mutation Rsvp($eventId: ID!, $going: Boolean!) {
    rsvp(eventId: $eventId, going: $going) {
      id
      goingCount
      viewerGoing
    }
  }
`);

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($eventId: ID!, $userIds: [ID!]!) {
    recordAttendance(eventId: $eventId, userIds: $userIds) {
      ...EventCard_event
    }
  }
`);

const ReviewLearningEventMutation = graphql(`
  mutation ReviewLearningEvent($eventId: ID!, $publish: Boolean!) {
    reviewLearningEvent(eventId: $eventId, publish: $publish) {
      id
      status
    }
  }
`);

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface EventCardProps {
  event: EventCard_EventFragment;
  viewerId: string;
  /** Managers and admins: they record attendance of any event and review proposals. */
  manages: boolean;
  now: Date;
}

/** One event: when and where, who hosts, RSVP before it ends, attendance for hosts and managers once it has started. */
export function EventCard({ event, viewerId, manages, now }: EventCardProps) {
  const [rsvp, rsvpState] = useMutation(RsvpMutation);
  const [record, recordState] = useMutation(RecordAttendanceMutation);
  const [review, reviewState] = useMutation(ReviewLearningEventMutation, { refetchQueries: ['Events'] });
  const [attendees, setAttendees] = useState<string[]>([]);
  const hostIds = event.hosts.map((host) => host.id);
  const started = new Date(event.startsAt) <= now;
  const over = new Date(event.endsAt) <= now;
  const published = event.status === 'PUBLISHED';
  const recordsAttendance = published && started && (manages || hostIds.includes(viewerId));
  const error = rsvpState.error ?? recordState.error ?? reviewState.error;

  return (
    <Card className={styles.card}>
      <div className={styles.head}>
        <h3 className={styles.title}>{event.title}</h3>
        <div className={styles.tags}>
          <Tag tone="info">{KIND_LABEL[event.kind]}</Tag>
          {event.status === 'PENDING' && <Tag tone="gold">Awaiting approval</Tag>}
          {event.status === 'DECLINED' && <Tag>Declined</Tag>}
        </div>
      </div>
      <p className={styles.meta}>
        <CalendarDays size={16} aria-hidden="true" /> {when.format(new Date(event.startsAt))} – {when.format(new Date(event.endsAt))}
        {event.location && (
          <>
            {' '}
            <MapPin size={16} aria-hidden="true" /> {event.location}
          </>
        )}
      </p>
      {event.description && <p className={styles.description}>{event.description}</p>}
      <p className={styles.meta}>
        Hosted by{' '}
        {event.hosts.map((host, index) => (
          <span key={host.id}>
            {index > 0 && ', '}
            <PersonLink person={host} />
          </span>
        ))}{' '}
        · {event.points} points for attending · {plural(event.goingCount, 'person', 'people')} going
      </p>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {published && !over && (
        <Button
          variant={event.viewerGoing ? 'secondary' : 'primary'}
          busy={rsvpState.loading}
          onClick={() =>
            void rsvp({
              variables: { eventId: event.id, going: !event.viewerGoing },
              optimisticResponse: {
                rsvp: {
                  __typename: 'LearningEvent',
                  id: event.id,
                  viewerGoing: !event.viewerGoing,
                  goingCount: event.goingCount + (event.viewerGoing ? -1 : 1),
                },
              },
            }).catch(() => null)
          }
        >
          {event.viewerGoing ? 'Not going' : 'I’m going'}
        </Button>
      )}
      {event.status === 'PENDING' && manages && event.createdBy.id !== viewerId && (
        <div className={styles.actions}>
          <span>Proposed by {event.createdBy.displayName}</span>
          <Button
            busy={reviewState.loading}
            onClick={() => void review({ variables: { eventId: event.id, publish: true } }).catch(() => null)}
          >
            Publish
          </Button>
          <Button variant="secondary" onClick={() => void review({ variables: { eventId: event.id, publish: false } }).catch(() => null)}>
            Decline
          </Button>
        </div>
      )}
      {event.attended.length > 0 && (
        <p className={styles.meta}>Attended: {event.attended.map((person) => person.displayName).join(', ')}</p>
      )}
      {recordsAttendance && (
        <div className={styles.attendance}>
          <PeoplePicker label={`Who attended “${event.title}”`} multiple selected={attendees} onChange={setAttendees} exclude={hostIds} />
          <Button
            disabled={attendees.length === 0}
            busy={recordState.loading}
            onClick={() =>
              void record({ variables: { eventId: event.id, userIds: attendees } })
                .then(() => setAttendees([]))
                .catch(() => null)
            }
          >
            Record attendance
          </Button>
        </div>
      )}
    </Card>
  );
}
