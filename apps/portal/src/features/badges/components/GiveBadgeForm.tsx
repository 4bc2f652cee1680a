import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { Role } from '@laurels/domain';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { isAdmin } from '@/shared/viewer';
import { Alert, Button, TextAreaField } from '@/ui';

const AwardBadgeMutation = graphql(`
  mutation AwardBadge($badgeId: ID!, $userId: ID!, $reason: String!) {
    awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) {
      id
      user {
        id
        displayName
      }
    }
  }
`);

/** A manager gives a MANUAL badge to someone in their teams (an admin to anyone), and says why: the reason is shown with the badge. */
export function GiveBadgeForm({ badgeId, viewer }: { badgeId: string; viewer: { id: string; role: Role } }) {
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [given, setGiven] = useState<string | null>(null);
  const [award, { loading, error }] = useMutation(AwardBadgeMutation, { refetchQueries: ['BadgePage'], awaitRefetchQueries: true });
  const field = errorField(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGiven(null);
    const result = await award({ variables: { badgeId, userId, reason } }).catch(() => null);
    if (result?.data) {
      setGiven(`Given to ${result.data.awardBadge.user.displayName}. It is on the feed now.`);
      setUserId('');
      setReason('');
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {given && <Alert tone="success">{given}</Alert>}
      {error && !['userId', 'reason'].includes(field ?? '') && <Alert>{errorMessage(error)}</Alert>}
      {/* Whom the viewer may give a badge to: an admin anyone else, a manager the people of the teams they manage. */}
      <PeoplePicker
        label="Who"
        placeholder="Search by name or email…"
        managerId={isAdmin(viewer.role) ? undefined : viewer.id}
        exclude={[viewer.id]}
        selected={userId ? [userId] : []}
        onChange={(ids) => setUserId(ids.at(-1) ?? '')}
        error={field === 'userId' ? errorMessage(error) : null}
      />
      <TextAreaField
        label="Why"
        rows={3}
        hint="Be specific: the reason is shown with the badge and on the feed."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={field === 'reason' ? errorMessage(error) : null}
      />
      <Button type="submit" busy={loading} disabled={!userId || !reason.trim()} block>
        Give badge
      </Button>
    </form>
  );
}
