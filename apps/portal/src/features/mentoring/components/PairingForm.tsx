import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, FormActions, TextField } from '@/ui';

const StartMentorshipMutation = graphql(`
  mutation StartMentorship($input: StartMentorshipInput!) {
    startMentorship(input: $input) {
      id
      mentor {
        id
        displayName
      }
      mentee {
        id
        displayName
      }
    }
  }
`);

const BLANK = { mentorId: '', menteeId: '', goal: '', endsOn: '' };

/**
 * Managers and admins pair a mentor with a mentee around a goal. A manager picks the mentee among
 * their teams' people (`managerId`); the mentor may come from anywhere in the organisation.
 */
export function PairingForm({ managerId, onDone }: { managerId: string | null; onDone: () => void }) {
  const [form, setForm] = useState(BLANK);
  const [done, setDone] = useState<string | null>(null);
  const [start, { loading, error }] = useMutation(StartMentorshipMutation, { refetchQueries: ['Mentoring'], awaitRefetchQueries: true });
  const field = errorField(error);
  const fieldError = (name: string) => (field === name ? errorMessage(error) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    // The end date is the end of that day, in this browser's time zone.
    const endsAt = form.endsOn ? new Date(`${form.endsOn}T23:59:59`).toISOString() : null;
    const input = { mentorId: form.mentorId, menteeId: form.menteeId, goal: form.goal.trim(), endsAt };
    const result = await start({ variables: { input } }).catch(() => null);
    if (result?.data) {
      const { mentor, mentee } = result.data.startMentorship;
      setDone(`${mentor.displayName} now mentors ${mentee.displayName}.`);
      setForm(BLANK);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Pair a mentor and a mentee">
      {done && <Alert tone="success">{done}</Alert>}
      {error && !['mentorId', 'menteeId', 'goal', 'endsAt'].includes(field ?? '') && <Alert>{errorMessage(error)}</Alert>}
      <PeoplePicker
        label="Mentor"
        placeholder="Search people by name…"
        selected={form.mentorId ? [form.mentorId] : []}
        exclude={form.menteeId ? [form.menteeId] : []}
        onChange={(ids) => setForm({ ...form, mentorId: ids.at(-1) ?? '' })}
        error={fieldError('mentorId')}
      />
      <PeoplePicker
        label="Mentee"
        placeholder={managerId ? 'Search your teams by name…' : 'Search people by name…'}
        managerId={managerId ?? undefined}
        selected={form.menteeId ? [form.menteeId] : []}
        exclude={form.mentorId ? [form.mentorId] : []}
        onChange={(ids) => setForm({ ...form, menteeId: ids.at(-1) ?? '' })}
        error={fieldError('menteeId')}
      />
      <TextField
        label="Goal"
        value={form.goal}
        maxLength={300}
        onChange={(event) => setForm({ ...form, goal: event.target.value })}
        hint="What the mentee wants to grow in"
        error={fieldError('goal')}
      />
      <TextField
        label="Ends on"
        type="date"
        value={form.endsOn}
        onChange={(event) => setForm({ ...form, endsOn: event.target.value })}
        hint="Optional"
        error={fieldError('endsAt')}
      />
      <FormActions>
        <Button type="submit" busy={loading} disabled={!form.mentorId || !form.menteeId || !form.goal.trim()}>
          Pair them
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Close
        </Button>
      </FormActions>
    </form>
  );
}
