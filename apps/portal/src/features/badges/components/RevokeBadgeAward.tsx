import { useMutation } from '@apollo/client/react';
import { Ban } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, TextAreaField } from '@/ui';
import styles from './RevokeBadgeAward.module.css';

const RevokeBadgeMutation = graphql(`
  mutation RevokeBadge($awardId: ID!, $reason: String!) {
    revokeBadge(awardId: $awardId, reason: $reason) {
      id
      revokedAt
      revokedReason
    }
  }
`);

/** An admin takes a badge back from one holder, saying why: the award stays listed, marked revoked, and its credential reads as revoked. */
export function RevokeBadgeAward({ awardId, holderName }: { awardId: string; holderName: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [revoke, { loading, error }] = useMutation(RevokeBadgeMutation);
  const field = errorField(error);

  if (!open) {
    return (
      <Button
        variant="secondary"
        size="sm"
        icon={<Ban size={14} />}
        onClick={() => setOpen(true)}
        aria-label={`Revoke ${holderName}’s badge`}
      >
        Revoke
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void revoke({ variables: { awardId, reason } }).catch(() => null);
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={`Revoke ${holderName}’s badge`}>
      {error && field !== 'reason' && <Alert>{errorMessage(error)}</Alert>}
      <TextAreaField
        label="Why it is revoked"
        rows={2}
        hint="Kept with the award. Wallets and verifiers will show the credential as revoked."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={field === 'reason' ? errorMessage(error) : null}
      />
      <div className={styles.actions}>
        <Button type="submit" variant="danger" size="sm" icon={<Ban size={14} />} busy={loading} disabled={!reason.trim()}>
          Revoke the badge
        </Button>
        <Button type="button" variant="secondary" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
