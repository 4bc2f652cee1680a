import { MAX_REWARD_COST, MAX_REWARD_STOCK } from '@laurels/domain';
import { useState, type FormEvent } from 'react';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FieldRow, FormActions, TextAreaField, TextField } from '@/ui';
import { useCreateReward } from '../hooks/useRewards';

const WHOLE_NUMBER = /^\d+$/;
const EMPTY = { name: '', description: '', cost: '', stock: '' };

/** Admins add a reward: a name, what it is, its cost in points and, if limited, how many there are. */
export function RewardForm() {
  const [draft, setDraft] = useState(EMPTY);
  const [local, setLocal] = useState<{ field: string; message: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useCreateReward();
  const field = local?.field ?? (error ? errorField(error) : null);
  const message = local?.message ?? (error ? errorMessage(error) : null);
  const errorFor = (name: string) => (field === name ? message : null);

  const update = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => {
    setDraft({ ...draft, [name]: event.target.value });
    setLocal(null);
    setDone(null);
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!WHOLE_NUMBER.test(draft.cost.trim()))
      return setLocal({ field: 'cost', message: `Enter a whole number of points, 1 to ${MAX_REWARD_COST.toLocaleString()}.` });
    if (draft.stock.trim() && !WHOLE_NUMBER.test(draft.stock.trim()))
      return setLocal({ field: 'stock', message: `Enter how many there are, or leave it empty for unlimited.` });
    const input = {
      name: draft.name,
      description: draft.description,
      cost: Number(draft.cost),
      stock: draft.stock.trim() ? Number(draft.stock) : null,
    };
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setDone(draft.name.trim());
      setDraft(EMPTY);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">“{done}” is in the catalogue.</Alert>}
      {message && !['name', 'description', 'cost', 'stock'].includes(field ?? '') && <Alert>{message}</Alert>}
      <TextField label="Reward name" value={draft.name} onChange={update('name')} error={errorFor('name')} maxLength={100} />
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={update('description')}
        error={errorFor('description')}
        rows={2}
        maxLength={1000}
      />
      <FieldRow>
        <TextField
          label="Cost in points"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_REWARD_COST}
          value={draft.cost}
          onChange={update('cost')}
          error={errorFor('cost')}
        />
        <TextField
          label="Stock"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_REWARD_STOCK}
          value={draft.stock}
          onChange={update('stock')}
          error={errorFor('stock')}
          hint="Empty: unlimited."
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={loading}>
          Add reward
        </Button>
      </FormActions>
    </form>
  );
}
