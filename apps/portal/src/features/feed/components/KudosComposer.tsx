import { HandHeart } from 'lucide-react';
import type { FormEvent } from 'react';
import { MAX_KUDOS_MESSAGE } from '@laurels/domain';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, Chip, FieldGroup, sentence, TextAreaField, TextField } from '@/ui';
import { useComposerForm } from '../hooks/useComposerForm';
import { useGiveKudos } from '../hooks/useGiveKudos';
import styles from './Composer.module.css';

interface KudosComposerProps {
  /** The viewer, whom the colleagues offered never include. */
  viewerId: string;
  /** The organisation's company values. */
  values: readonly string[];
  allowanceLeft: number;
  allowance: number;
  /** After the kudos were given, with the colleague's name. */
  onSent?: (name: string) => void;
}

const BLANK = { toUserId: '', message: '', values: [] as string[], points: '0' };
const FIELDS = ['toUserId', 'message', 'values', 'points'];

/** What still stands between the form and sending, in words, per field. */
export function kudosProblems(
  form: typeof BLANK,
  allowanceLeft: number,
): Partial<Record<'toUserId' | 'message' | 'values' | 'points', string>> {
  const problems: Partial<Record<'toUserId' | 'message' | 'values' | 'points', string>> = {};
  if (!form.toUserId) problems.toUserId = 'choose a colleague';
  const message = form.message.trim();
  if (!message) problems.message = 'say what the kudos are for';
  else if (message.length > MAX_KUDOS_MESSAGE) problems.message = `keep the message to ${MAX_KUDOS_MESSAGE} characters`;
  if (form.values.length === 0) problems.values = 'pick at least one value';
  const points = Number(form.points);
  if (form.points.trim() === '' || !Number.isInteger(points) || points < 0) problems.points = 'Points are a whole number, 0 or more';
  else if (points > allowanceLeft)
    problems.points = `You have ${allowanceLeft} ${allowanceLeft === 1 ? 'point' : 'points'} left to give this month`;
  return problems;
}

/** Thanks a colleague: whom, what for, which company values it shows, and points from the monthly allowance. */
export function KudosComposer({ viewerId, values, allowanceLeft, allowance, onSent }: KudosComposerProps) {
  const [give, { loading, error, reset }] = useGiveKudos();
  const { form, done: sent, edit, fieldError, formError, finish } = useComposerForm(BLANK, FIELDS, { error, reset });
  const problems = kudosProblems(form, allowanceLeft);
  const ready = Object.keys(problems).length === 0;
  const toggleValue = (value: string) =>
    edit({ values: form.values.includes(value) ? form.values.filter((chosen) => chosen !== value) : [...form.values, value] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || loading) return;
    const input = { toUserId: form.toUserId, message: form.message.trim(), values: form.values, points: Number(form.points) };
    const result = await give({ variables: { input } }).catch(() => null);
    if (result?.data) {
      const name = result.data.giveKudos.to.displayName;
      finish(`Kudos sent to ${name}. They’re on the feed now.`);
      onSent?.(name);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Give kudos">
      {sent && <Alert tone="success">{sent}</Alert>}
      {formError && <Alert>{formError}</Alert>}
      <PeoplePicker
        label="Colleague"
        placeholder="Search by name or email…"
        exclude={[viewerId]}
        selected={form.toUserId ? [form.toUserId] : []}
        onChange={(ids) => edit({ toUserId: ids.at(-1) ?? '' })}
        error={fieldError('toUserId')}
      />
      <TextAreaField
        label="Message"
        prose
        rows={3}
        maxLength={MAX_KUDOS_MESSAGE}
        placeholder="Thanks for staying on the call until the customer’s invoice was sorted…"
        value={form.message}
        onChange={(event) => edit({ message: event.target.value })}
        error={fieldError('message')}
        hint={`${form.message.trim().length}/${MAX_KUDOS_MESSAGE}`}
      />
      <FieldGroup legend="Company values it shows">
        <div className={styles.chips}>
          {values.map((value) => (
            <Chip key={value} selected={form.values.includes(value)} onClick={() => toggleValue(value)}>
              {value}
            </Chip>
          ))}
        </div>
        {fieldError('values') && <span className={styles.fieldError}>{fieldError('values')}</span>}
      </FieldGroup>
      <div className={styles.points}>
        <TextField
          label="Points"
          type="number"
          inputMode="numeric"
          min={0}
          max={allowanceLeft}
          step={1}
          value={form.points}
          disabled={allowanceLeft === 0}
          onChange={(event) => edit({ points: event.target.value })}
          error={fieldError('points') ?? (form.points.trim() !== '' ? problems.points : null)}
          hint={
            allowanceLeft === 0
              ? 'Your points for this month are given: kudos without points still count.'
              : `${allowanceLeft} of ${allowance} left to give this month`
          }
        />
      </div>
      <div className={styles.actions}>
        <Button type="submit" busy={loading} disabled={!ready} icon={<HandHeart size={18} aria-hidden="true" />}>
          Send kudos
        </Button>
        {!ready && !loading && !sent && (
          <span className={styles.missing}>
            {sentence([problems.toUserId, problems.message, problems.values].filter((problem) => problem !== undefined))}
          </span>
        )}
      </div>
    </form>
  );
}
