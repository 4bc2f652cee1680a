import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { fieldError } from '@/shared/field-error';
import { Alert, Button, FieldRow, FormActions, TextField } from '@/ui';

const ClaimExternalLearningMutation = graphql(`
  mutation ClaimExternalLearning($input: ClaimExternalLearningInput!) {
    claimExternalLearning(input: $input) {
      id
      status
    }
  }
`);

const EMPTY = { title: '', provider: '', completedOn: '', hours: '', evidenceUrl: '' };

/** Learning done outside (a conference, an outside course), claimed for points: the manager reviews it. */
export function ClaimForm() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [claim, { loading, error, reset }] = useMutation(ClaimExternalLearningMutation, { refetchQueries: ['Events'] });
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => {
    setForm({ ...form, [key]: event.target.value });
    setSent(false);
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await claim({
      variables: {
        input: {
          title: form.title,
          provider: form.provider,
          completedOn: form.completedOn ? new Date(`${form.completedOn}T12:00:00`).toISOString() : '',
          hours: Number(form.hours),
          evidenceUrl: form.evidenceUrl || null,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setForm(EMPTY);
      setSent(true);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {sent && <Alert tone="success">Claim sent. Your manager reviews it.</Alert>}
      {error && !Object.keys(EMPTY).includes(errorField(error) ?? '') && <Alert>{errorMessage(error)}</Alert>}
      <TextField label="What you learned" value={form.title} onChange={set('title')} error={fieldError(error, 'title')} />
      <TextField label="Provider" value={form.provider} onChange={set('provider')} error={fieldError(error, 'provider')} />
      <FieldRow>
        <TextField
          label="Completed on"
          type="date"
          value={form.completedOn}
          onChange={set('completedOn')}
          error={fieldError(error, 'completedOn')}
        />
        <TextField
          label="Hours"
          type="number"
          min={0}
          step="0.5"
          value={form.hours}
          onChange={set('hours')}
          error={fieldError(error, 'hours')}
        />
      </FieldRow>
      <TextField
        label="Evidence link"
        type="url"
        hint="An http or https link to a certificate or the programme."
        value={form.evidenceUrl}
        onChange={set('evidenceUrl')}
        error={fieldError(error, 'evidenceUrl')}
      />
      <FormActions>
        <Button type="submit" busy={loading}>
          Send claim
        </Button>
      </FormActions>
    </form>
  );
}
