import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { MilestoneMetric } from '@/gql/graphql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FieldRow, SelectField, TextField, dateInputValue } from '@/ui';

const CreateMilestoneMutation = graphql(`
  mutation CreateTeamMilestone($input: CreateTeamMilestoneInput!) {
    createTeamMilestone(input: $input) {
      id
      reachedAt
    }
  }
`);

const METRICS: { value: MilestoneMetric; label: string }[] = [
  { value: 'MODULES_COMPLETED', label: 'Modules completed' },
  { value: 'COURSES_COMPLETED', label: 'Courses completed' },
  { value: 'POINTS_EARNED', label: 'Points earned' },
  { value: 'CERTIFICATIONS_EARNED', label: 'Certifications earned' },
  { value: 'KUDOS_RECEIVED', label: 'Kudos received' },
  { value: 'AVERAGE_CSAT', label: 'Average CSAT (1–5)' },
  { value: 'FEEDBACK_COUNT', label: 'Customer ratings received' },
  { value: 'NPS', label: 'Net Promoter Score (−100 to 100)' },
];

const TARGET_HINT: Partial<Record<MilestoneMetric, string>> = {
  AVERAGE_CSAT: 'Between 1 and 5; reached with at least 5 ratings',
  NPS: 'Between −100 and 100; reached with at least 5 NPS answers',
};

/** Sets a team milestone: what it counts, the target, and the window (from today by default). */
export function MilestoneForm({ teamId }: { teamId: string }) {
  const [form, setForm] = useState({ title: '', metric: 'MODULES_COMPLETED' as MilestoneMetric, target: '20', starts: '', ends: '' });
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CreateMilestoneMutation, { refetchQueries: ['ManageTeam'], awaitRefetchQueries: true });
  const field = errorField(error);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const input = {
      teamId,
      title: form.title,
      metric: form.metric,
      target: Number(form.target),
      startsAt: form.starts ? new Date(`${form.starts}T00:00:00`).toISOString() : null,
      endsAt: form.ends ? new Date(`${form.ends}T23:59:59`).toISOString() : null,
    };
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setDone(
        result.data.createTeamMilestone.reachedAt
          ? 'Set — and already reached by what the team has done!'
          : 'Milestone set. The team sees it on its page.',
      );
      setForm({ ...form, title: '' });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">{done}</Alert>}
      {error && !['title', 'target', 'endsAt'].includes(field ?? '') && <Alert>{errorMessage(error)}</Alert>}
      <TextField
        label="Title"
        placeholder="e.g. 20 modules before the holidays"
        value={form.title}
        onChange={set('title')}
        error={field === 'title' ? errorMessage(error) : null}
      />
      <FieldRow>
        <SelectField label="Counts" value={form.metric} onChange={set('metric')}>
          {METRICS.map((metric) => (
            <option key={metric.value} value={metric.value}>
              {metric.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Target"
          type="number"
          step={form.metric === 'AVERAGE_CSAT' ? 0.1 : 1}
          min={form.metric === 'NPS' ? -100 : 1}
          max={form.metric === 'NPS' ? 100 : undefined}
          value={form.target}
          onChange={set('target')}
          error={field === 'target' ? errorMessage(error) : null}
          hint={TARGET_HINT[form.metric]}
        />
      </FieldRow>
      <FieldRow>
        <TextField label="From" type="date" value={form.starts} onChange={set('starts')} hint="Today if empty" />
        <TextField
          label="Until"
          type="date"
          min={form.starts || dateInputValue()}
          value={form.ends}
          onChange={set('ends')}
          hint="Open-ended if empty"
          error={field === 'endsAt' ? errorMessage(error) : null}
        />
      </FieldRow>
      <Button type="submit" busy={loading} disabled={!form.title.trim()}>
        Set milestone
      </Button>
    </form>
  );
}
