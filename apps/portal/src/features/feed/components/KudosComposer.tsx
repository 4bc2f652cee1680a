import { HandHeart } from 'lucide-react';
import { useRef, type FormEvent } from 'react';
import { MAX_KUDOS_MESSAGE, MAX_KUDOS_RECIPIENTS } from '@laurels/domain';
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
  /** After the kudos were given, with the colleagues' names. */
  onSent?: (names: string) => void;
}

const BLANK = { toUserIds: [] as string[], message: '', values: [] as string[], points: '0' };
/** The server names the first colleague toUserId and the others toUserIds: both are the picker's. */
const FIELDS = ['toUserId', 'toUserIds', 'message', 'values', 'points'];

/** What still stands between the form and sending, in words, per field. */
export function kudosProblems(
  form: typeof BLANK,
  allowanceLeft: number,
): Partial<Record<'toUserId' | 'message' | 'values' | 'points', string>> {
  const problems: Partial<Record<'toUserId' | 'message' | 'values' | 'points', string>> = {};
  const recipients = form.toUserIds.length;
  if (recipients === 0) problems.toUserId = 'choose a colleague';
  const message = form.message.trim();
  if (!message) problems.message = 'say what the kudos are for';
  else if (message.length > MAX_KUDOS_MESSAGE) problems.message = `keep the message to ${MAX_KUDOS_MESSAGE} characters`;
  if (form.values.length === 0) problems.values = 'pick at least one value';
  const points = Number(form.points);
  if (form.points.trim() === '' || !Number.isInteger(points) || points < 0) problems.points = 'Points are a whole number, 0 or more';
  else if (points * Math.max(recipients, 1) > allowanceLeft) {
    const left = `You have ${allowanceLeft} ${allowanceLeft === 1 ? 'point' : 'points'} left to give this month`;
    problems.points = recipients > 1 ? `${left}: ${recipients} colleagues × ${points} is ${recipients * points}` : left;
  }
  return problems;
}

/** Names for a sentence: "Leo Martins", "Leo Martins and 2 others". */
function namesOf(first: string, count: number): string {
  return count <= 1 ? first : `${first} and ${count - 1} ${count === 2 ? 'other' : 'others'}`;
}

/**
 * Thanks one colleague or several: whom, what for, which company values it
 * shows, and points each from the monthly allowance.
 */
export function KudosComposer({ viewerId, values, allowanceLeft, allowance, onSent }: KudosComposerProps) {
  const [give, { loading, error, reset }] = useGiveKudos();
  const composer = useComposerForm(BLANK, FIELDS, { error, reset });
  const { form, done: sent, fieldError, formError } = composer;
  // One key per draft: sending the same draft again after an unclear failure gives the kudos once.
  const draftKey = useRef(crypto.randomUUID());
  const edit = (change: Partial<typeof BLANK>) => {
    draftKey.current = crypto.randomUUID();
    composer.edit(change);
  };
  const problems = kudosProblems(form, allowanceLeft);
  const ready = Object.keys(problems).length === 0;
  const toggleValue = (value: string) =>
    edit({ values: form.values.includes(value) ? form.values.filter((chosen) => chosen !== value) : [...form.values, value] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || loading) return;
    const [toUserId, ...others] = form.toUserIds as [string, ...string[]];
    const input = {
      toUserId,
      ...(others.length > 0 ? { toUserIds: others } : {}),
      message: form.message.trim(),
      values: form.values,
      points: Number(form.points),
      idempotencyKey: draftKey.current,
    };
    const result = await give({ variables: { input } }).catch(() => null);
    if (result?.data) {
      const names = namesOf(result.data.giveKudos.to.displayName, form.toUserIds.length);
      draftKey.current = crypto.randomUUID();
      composer.finish(`Kudos sent to ${names}. They’re on the feed now.`);
      onSent?.(names);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Give kudos">
      {sent && <Alert tone="success">{sent}</Alert>}
      {formError && <Alert>{formError}</Alert>}
      <PeoplePicker
        label="Colleague"
        placeholder="Search by name or email…"
        multiple
        exclude={[viewerId]}
        selected={form.toUserIds}
        onChange={(ids) => edit({ toUserIds: ids.slice(0, MAX_KUDOS_RECIPIENTS) })}
        hint={form.toUserIds.length > 0 ? `Add more to thank several together (up to ${MAX_KUDOS_RECIPIENTS})` : undefined}
        error={fieldError('toUserId') ?? fieldError('toUserIds')}
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
              : `${allowanceLeft} of ${allowance} left to give this month${form.toUserIds.length > 1 ? ', each colleague receives the points' : ''}`
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
