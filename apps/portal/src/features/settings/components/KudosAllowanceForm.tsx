import { MAX_KUDOS_ALLOWANCE } from '@laurels/domain';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { KudosAllowanceForm_OrganizationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, FormActions, TextField } from '@/ui';
import { useSetKudosAllowance } from '../hooks/useOrganizationSettings';
import { fieldError } from '@/shared/field-error';

export const KudosAllowanceFormFragment = graphql(`
  fragment KudosAllowanceForm_organization on Organization {
    id
    kudosAllowance
  }
`);

const WHOLE_NUMBER = /^-?\d+$/;

/** The kudos points each person may give away per calendar month; the server checks the range and says what is wrong. */
export function KudosAllowanceForm({ organization }: { organization: KudosAllowanceForm_OrganizationFragment }) {
  const [points, setPoints] = useState(String(organization.kudosAllowance));
  const [notWhole, setNotWhole] = useState(false);
  const [done, setDone] = useState(false);
  const [save, { loading, error, reset }] = useSetKudosAllowance(organization.id);
  const serverError = fieldError(error, 'points');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    // A GraphQL Int cannot carry "12.5" or "": say so here; everything else is the server's to judge.
    if (!WHOLE_NUMBER.test(points.trim())) {
      setNotWhole(true);
      return;
    }
    const result = await save(Number(points)).catch(() => null);
    if (result?.data) {
      setPoints(String(result.data.setKudosAllowance.kudosAllowance));
      setDone(true);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">Saved. This month’s allowance follows the new amount.</Alert>}
      {error && !serverError && <Alert>{errorMessage(error)}</Alert>}
      <TextField
        label="Points per person per month"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_KUDOS_ALLOWANCE}
        step={1}
        value={points}
        style={{ maxWidth: '12rem' }}
        onChange={(event) => {
          setPoints(event.target.value);
          setNotWhole(false);
          setDone(false);
          reset();
        }}
        error={notWhole ? `Enter a whole number from 0 to ${MAX_KUDOS_ALLOWANCE.toLocaleString()}.` : serverError}
        hint={`A whole number from 0 to ${MAX_KUDOS_ALLOWANCE.toLocaleString()}.`}
      />
      <FormActions>
        <Button type="submit" busy={loading} disabled={points === String(organization.kudosAllowance) && !error}>
          Save allowance
        </Button>
      </FormActions>
    </form>
  );
}
