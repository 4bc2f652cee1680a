import { useMutation } from '@apollo/client/react';
import { Star } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, FieldGroup, FieldRow, SelectField, TextAreaField, TextField } from '@/ui';
import styles from './FeedbackForm.module.css';

const RecordFeedbackMutation = graphql(`
  mutation RecordCustomerFeedback($input: RecordFeedbackInput!) {
    recordCustomerFeedback(input: $input) {
      id
      csat
      employee {
        id
        displayName
      }
    }
  }
`);

const BLANK = { employeeId: '', csat: 0, nps: '', comment: '', customerName: '', externalId: '' };

/** Records what a customer said about someone on the team. Five stars with a comment is praise: points and a celebration. */
export function FeedbackForm({ teamId }: { teamId: string }) {
  const [form, setForm] = useState(BLANK);
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordFeedbackMutation, { refetchQueries: ['ManageTeam'], awaitRefetchQueries: true });
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const praise = form.csat === 5 && form.comment.trim().length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const input = {
      employeeId: form.employeeId,
      csat: form.csat,
      nps: form.nps === '' ? null : Number(form.nps),
      comment: form.comment.trim() || null,
      customerName: form.customerName.trim() || null,
      externalId: form.externalId.trim() || null,
    };
    const result = await record({ variables: { input } }).catch(() => null);
    if (result?.data) {
      const name = result.data.recordCustomerFeedback.employee?.displayName ?? 'the team';
      setDone(praise ? `Recorded — customer praise for ${name}, celebrated on the feed with 30 points.` : `Recorded for ${name}.`);
      setForm(BLANK);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">{done}</Alert>}
      {error && <Alert>{errorMessage(error)}</Alert>}
      <PeoplePicker
        label="About"
        placeholder="Search the team by name…"
        teamId={teamId}
        selected={form.employeeId ? [form.employeeId] : []}
        onChange={(ids) => setForm({ ...form, employeeId: ids.at(-1) ?? '' })}
      />
      <FieldGroup legend="CSAT" className={styles.stars}>
        {[1, 2, 3, 4, 5].map((value) => (
          <label
            key={value}
            className={[styles.star, value <= form.csat ? styles.starOn : ''].join(' ')}
            title={`${value} star${value > 1 ? 's' : ''}`}
          >
            <input
              type="radio"
              name="csat"
              className="visually-hidden"
              checked={form.csat === value}
              onChange={() => setForm({ ...form, csat: value })}
            />
            <Star size={28} fill={value <= form.csat ? 'currentColor' : 'none'} aria-hidden="true" />
            <span className="visually-hidden">{value} stars</span>
          </label>
        ))}
      </FieldGroup>
      <TextAreaField
        label="What the customer said"
        rows={2}
        value={form.comment}
        onChange={set('comment')}
        hint={praise ? 'Five stars with a comment: this will be celebrated as customer praise.' : 'Optional'}
      />
      <FieldRow>
        <TextField label="Customer" value={form.customerName} onChange={set('customerName')} hint="Optional" />
        <SelectField label="NPS" value={form.nps} onChange={set('nps')}>
          <option value="">Not given</option>
          {Array.from({ length: 11 }, (_, value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
      </FieldRow>
      <TextField label="Ticket id" value={form.externalId} onChange={set('externalId')} hint="Optional; the same ticket is recorded once" />
      <Button type="submit" busy={loading} disabled={!form.employeeId || form.csat === 0}>
        Record feedback
      </Button>
    </form>
  );
}
