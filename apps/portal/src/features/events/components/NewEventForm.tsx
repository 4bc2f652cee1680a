import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { LearningEventKind } from '@/gql/graphql';
import { errorField, errorMessage } from '@/shared/apollo';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, FieldRow, FormActions, SelectField, TextAreaField, TextField } from '@/ui';
import { fieldError } from '@/shared/field-error';

const CreateLearningEventMutation = graphql(`
  mutation CreateLearningEvent($input: CreateLearningEventInput!) {
    createLearningEvent(input: $input) {
      id
      status
    }
  }
`);

export const KIND_LABEL: Record<LearningEventKind, string> = {
  KNOWLEDGE_SHARE: 'Knowledge-sharing session',
  WORKSHOP: 'Workshop',
  CONFERENCE: 'Conference',
};

/** A new event: managers publish it at once, employees propose it to their manager. */
export function NewEventForm({ proposing, viewerId, onDone }: { proposing: boolean; viewerId: string; onDone: (status: string) => void }) {
  const [form, setForm] = useState({
    kind: 'KNOWLEDGE_SHARE' as LearningEventKind,
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    location: '',
    skills: '',
    points: '20',
    hostPoints: '40',
  });
  const [hostIds, setHostIds] = useState<string[]>([viewerId]);
  const [create, { loading, error, reset }] = useMutation(CreateLearningEventMutation, { refetchQueries: ['Events'] });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => {
    setForm({ ...form, [key]: event.target.value });
    reset();
  };
  const known = ['kind', 'title', 'description', 'startsAt', 'endsAt', 'location', 'hostIds', 'skills', 'points', 'hostPoints'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const when = (value: string) => (value ? new Date(value).toISOString() : '');
    const result = await create({
      variables: {
        input: {
          kind: form.kind,
          title: form.title,
          description: form.description,
          startsAt: when(form.startsAt),
          endsAt: when(form.endsAt),
          location: form.location || null,
          hostIds,
          skills: form.skills
            .split(',')
            .map((skill) => skill.trim())
            .filter(Boolean),
          points: Number(form.points),
          hostPoints: Number(form.hostPoints),
        },
      },
    }).catch(() => null);
    if (result?.data) onDone(result.data.createLearningEvent.status);
  };

  return (
    <form onSubmit={submit} noValidate>
      {error && !known.includes(errorField(error) ?? '') && <Alert>{errorMessage(error)}</Alert>}
      {proposing && <Alert tone="info">Your manager publishes the event once they approve it.</Alert>}
      <SelectField label="Kind" value={form.kind} onChange={set('kind')} error={fieldError(error, 'kind')}>
        {Object.entries(KIND_LABEL).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField label="Title" value={form.title} onChange={set('title')} error={fieldError(error, 'title')} required />
      <TextAreaField label="Description" value={form.description} onChange={set('description')} error={fieldError(error, 'description')} />
      <FieldRow>
        <TextField
          label="Starts"
          type="datetime-local"
          value={form.startsAt}
          onChange={set('startsAt')}
          error={fieldError(error, 'startsAt')}
        />
        <TextField label="Ends" type="datetime-local" value={form.endsAt} onChange={set('endsAt')} error={fieldError(error, 'endsAt')} />
      </FieldRow>
      <TextField label="Place or link" value={form.location} onChange={set('location')} error={fieldError(error, 'location')} />
      <PeoplePicker label="Hosts" multiple selected={hostIds} onChange={setHostIds} error={fieldError(error, 'hostIds')} />
      <TextField
        label="Skills"
        hint="Separated by commas."
        value={form.skills}
        onChange={set('skills')}
        error={fieldError(error, 'skills')}
      />
      <FieldRow>
        <TextField
          label="Points for attending"
          type="number"
          min={0}
          value={form.points}
          onChange={set('points')}
          error={fieldError(error, 'points')}
        />
        <TextField
          label="Points for hosting"
          type="number"
          min={0}
          value={form.hostPoints}
          onChange={set('hostPoints')}
          error={fieldError(error, 'hostPoints')}
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={loading}>
          {proposing ? 'Propose event' : 'Publish event'}
        </Button>
      </FormActions>
    </form>
  );
}
