import { MAX_ONBOARDING_DAYS, MIN_ONBOARDING_DAYS } from '@laurels/domain';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { OnboardingForm_OrganizationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, FormActions, SelectField, TextField } from '@/ui';
import { useSetOnboardingPath } from '../hooks/useOrganizationSettings';
import { fieldError } from '@/shared/field-error';

export const OnboardingFormFragment = graphql(`
  fragment OnboardingForm_organization on Organization {
    id
    onboardingPath {
      id
      title
    }
    onboardingDueDays
  }
`);

const WHOLE_NUMBER = /^\d+$/;

/**
 * The learning path everyone added from now on is assigned, and the days they
 * have for it; "No onboarding" turns it off. People already added keep what
 * they have.
 */
export function OnboardingForm({
  organization,
  paths,
}: {
  organization: OnboardingForm_OrganizationFragment;
  paths: readonly { id: string; title: string }[];
}) {
  const [pathId, setPathId] = useState(organization.onboardingPath?.id ?? '');
  const [days, setDays] = useState(String(organization.onboardingDueDays ?? 30));
  const [notWhole, setNotWhole] = useState(false);
  const [done, setDone] = useState(false);
  const [save, { loading, error, reset }] = useSetOnboardingPath();
  const pathError = fieldError(error, 'pathId');
  const daysError = fieldError(error, 'dueDays');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (pathId && !WHOLE_NUMBER.test(days.trim())) {
      setNotWhole(true);
      return;
    }
    const result = await save(pathId || null, pathId ? Number(days) : null).catch(() => null);
    if (result?.data) setDone(true);
  };

  const changed = () => {
    setDone(false);
    setNotWhole(false);
    reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && (
        <Alert tone="success">
          {pathId ? 'Saved. Everyone you add from now on is assigned this path.' : 'Saved. New people are no longer assigned a path.'}
        </Alert>
      )}
      {error && !pathError && !daysError && <Alert>{errorMessage(error)}</Alert>}
      <SelectField
        label="Onboarding path"
        value={pathId}
        error={pathError}
        onChange={(event) => {
          setPathId(event.target.value);
          changed();
        }}
      >
        <option value="">No onboarding</option>
        {paths.map((path) => (
          <option key={path.id} value={path.id}>
            {path.title}
          </option>
        ))}
      </SelectField>
      {pathId && (
        <TextField
          label="Days to finish it"
          type="number"
          inputMode="numeric"
          min={MIN_ONBOARDING_DAYS}
          max={MAX_ONBOARDING_DAYS}
          step={1}
          value={days}
          style={{ maxWidth: '12rem' }}
          onChange={(event) => {
            setDays(event.target.value);
            changed();
          }}
          error={notWhole ? `Enter a whole number from ${MIN_ONBOARDING_DAYS} to ${MAX_ONBOARDING_DAYS}.` : daysError}
          hint={`Counted from each person’s start date (or the day they are added): ${MIN_ONBOARDING_DAYS} to ${MAX_ONBOARDING_DAYS}.`}
        />
      )}
      <FormActions>
        <Button type="submit" busy={loading}>
          Save onboarding
        </Button>
      </FormActions>
    </form>
  );
}
