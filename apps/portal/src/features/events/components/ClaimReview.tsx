import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { ClaimReview_ClaimFragment } from '@/gql/graphql';
import { errorField, errorMessage } from '@/shared/apollo';
import { fieldError } from '@/shared/field-error';
import { PersonLink } from '@/shared/people/PersonLink';
import { Alert, Button, Card, FieldRow, TextField } from '@/ui';
import styles from './EventCard.module.css';

export const ClaimReviewFragment = graphql(`
  fragment ClaimReview_claim on ExternalLearningClaim {
    id
    title
    provider
    completedOn
    hours
    evidenceUrl
    status
    points
    note
    user {
      id
      displayName
    }
  }
`);

const ReviewExternalLearningMutation = graphql(`
  mutation ReviewExternalLearning($claimId: ID!, $approve: Boolean!, $points: Int, $note: String) {
    reviewExternalLearning(claimId: $claimId, approve: $approve, points: $points, note: $note) {
      id
      status
      points
      note
    }
  }
`);

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A claim waiting for the manager: approve with points up to the organisation's limit, or reject. */
export function ClaimReview({ claim, pointsLimit }: { claim: ClaimReview_ClaimFragment; pointsLimit: number }) {
  const [points, setPoints] = useState('');
  const [note, setNote] = useState('');
  const [review, { loading, error, reset }] = useMutation(ReviewExternalLearningMutation, { refetchQueries: ['Events'] });
  const decide = (approve: boolean) =>
    void review({ variables: { claimId: claim.id, approve, points: approve ? Number(points) : null, note: note || null } }).catch(
      () => null,
    );

  return (
    <Card className={styles.card}>
      <h3 className={styles.title}>{claim.title}</h3>
      <p className={styles.meta}>
        <PersonLink person={claim.user} /> · {claim.provider} · {day.format(new Date(claim.completedOn))} · {claim.hours} hours
        {claim.evidenceUrl && (
          <a href={claim.evidenceUrl} target="_blank" rel="noreferrer noopener">
            Evidence
          </a>
        )}
      </p>
      {error && !['points', 'note'].includes(errorField(error) ?? '') && <Alert>{errorMessage(error)}</Alert>}
      <FieldRow>
        <TextField
          label={`Points for “${claim.title}”`}
          type="number"
          min={0}
          max={pointsLimit}
          hint={`Up to ${pointsLimit}.`}
          value={points}
          onChange={(event) => {
            setPoints(event.target.value);
            reset();
          }}
          error={fieldError(error, 'points')}
        />
        <TextField
          label={`Note for ${claim.user.displayName}`}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={fieldError(error, 'note')}
        />
      </FieldRow>
      <div className={styles.actions}>
        <Button busy={loading} disabled={points === ''} onClick={() => decide(true)}>
          Approve
        </Button>
        <Button variant="secondary" onClick={() => decide(false)}>
          Reject
        </Button>
      </div>
    </Card>
  );
}
