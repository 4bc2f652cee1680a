import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FieldRow, TextAreaField, TextField } from '@/ui';

const LogSessionMutation = graphql(`
  mutation LogMentorshipSession($input: LogMentorshipSessionInput!) {
    logMentorshipSession(input: $input) {
      id
      points
    }
  }
`);

/** "2026-12-07T10:30" in this browser's time zone, as a datetime-local input holds it. */
function localMinute(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Logs a session of a mentorship, for the mentor or the mentee; a retry of the same submission is counted once. */
export function SessionForm({ mentorshipId, startedAt, mentorName }: { mentorshipId: string; startedAt: string; mentorName: string }) {
  const [now] = useState(() => localMinute(new Date()));
  const [form, setForm] = useState({ heldAt: now, minutes: '30', notes: '' });
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<string | null>(null);
  const [log, { loading, error }] = useMutation(LogSessionMutation, { refetchQueries: ['Mentoring', 'Viewer'], awaitRefetchQueries: true });
  const field = errorField(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    // Left at the minute the form opened, it means now: to the second, so a session right after pairing is not "before it began".
    const heldAt = form.heldAt === now ? new Date() : new Date(form.heldAt);
    const input = {
      mentorshipId,
      heldAt: heldAt.toISOString(),
      minutes: Number(form.minutes),
      notes: form.notes.trim() || null,
      idempotencyKey: key,
    };
    const result = await log({ variables: { input } }).catch(() => null);
    if (result?.data) {
      const { points } = result.data.logMentorshipSession;
      setDone(
        points > 0
          ? `Session logged: +${points} points for ${mentorName}.`
          : 'Session logged. One session a day earns points, and today’s already did.',
      );
      setForm({ ...form, notes: '' });
      setKey(crypto.randomUUID());
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Log a session">
      {done && <Alert tone="success">{done}</Alert>}
      {error && !field && <Alert>{errorMessage(error)}</Alert>}
      <FieldRow>
        <TextField
          label="When"
          type="datetime-local"
          min={localMinute(new Date(startedAt))}
          max={now}
          value={form.heldAt}
          onChange={(event) => setForm({ ...form, heldAt: event.target.value })}
          error={field === 'heldAt' ? errorMessage(error) : null}
          required
        />
        <TextField
          label="Minutes"
          type="number"
          min={1}
          max={480}
          value={form.minutes}
          onChange={(event) => setForm({ ...form, minutes: event.target.value })}
          error={field === 'minutes' ? errorMessage(error) : null}
          required
        />
      </FieldRow>
      <TextAreaField
        label="Notes"
        prose
        rows={2}
        value={form.notes}
        onChange={(event) => setForm({ ...form, notes: event.target.value })}
        hint="Optional; seen by the two of you and your managers only"
        error={field === 'notes' ? errorMessage(error) : null}
      />
      <Button type="submit" busy={loading} disabled={!form.heldAt || !form.minutes}>
        Log session
      </Button>
    </form>
  );
}
