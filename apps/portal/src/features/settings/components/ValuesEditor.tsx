import { InvalidInputError, MAX_VALUE_LENGTH, MAX_VALUES, normalizeValues } from '@laurels/domain';
import { Plus } from 'lucide-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { graphql } from '@/gql';
import type { ValuesEditor_OrganizationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, FormActions, RemovableTag, TextField } from '@/ui';
import { useSetOrganizationValues } from '../hooks/useOrganizationSettings';
import { fieldError } from '@/shared/field-error';
import styles from './ValuesEditor.module.css';

export const ValuesEditorFragment = graphql(`
  fragment ValuesEditor_organization on Organization {
    id
    values
  }
`);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Why `candidate` cannot join `values`, by the same rule the API applies; null when it can. */
function refusal(values: readonly string[], candidate: string): string | null {
  try {
    normalizeValues([...values, candidate]);
    return null;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.message.charAt(0).toUpperCase() + error.message.slice(1);
  }
}

/** The company values kudos are tagged with: removable chips, a field to add one, and a save. */
export function ValuesEditor({ organization }: { organization: ValuesEditor_OrganizationFragment }) {
  const [draft, setDraft] = useState<string[]>(() => [...organization.values]);
  const [saved, setSaved] = useState<readonly string[]>(organization.values);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [save, { loading, error, reset }] = useSetOrganizationValues(organization.id);
  const serverError = fieldError(error, 'values');
  const changed = !sameList(draft, saved);
  const full = draft.length >= MAX_VALUES;

  const edit = (next: string[]) => {
    setDraft(next);
    setDone(false);
    reset();
  };
  const add = () => {
    const value = adding.trim().replace(/\s+/g, ' ');
    if (!value) return;
    const problem = refusal(draft, value);
    setAddError(problem);
    if (problem) return;
    edit([...draft, value]);
    setAdding('');
  };
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = await save(draft).catch(() => null);
    if (result?.data) {
      const values = result.data.setOrganizationValues.values;
      setDraft([...values]);
      setSaved(values);
      setDone(true);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">Saved. Kudos can now be tagged with these values.</Alert>}
      {error && !serverError && <Alert>{errorMessage(error)}</Alert>}
      {draft.length === 0 ? (
        <p className={styles.none}>No values yet: add at least one.</p>
      ) : (
        <ul className={styles.chips} aria-label="Company values">
          {draft.map((value) => (
            <RemovableTag key={value} as="li" label={value} onRemove={() => edit(draft.filter((other) => other !== value))} />
          ))}
        </ul>
      )}
      <div className={styles.add}>
        <TextField
          label="Add a value"
          placeholder="e.g. Curiosity"
          value={adding}
          disabled={full}
          onChange={(event) => {
            setAdding(event.target.value);
            setAddError(null);
          }}
          onKeyDown={addOnEnter}
          error={addError ?? serverError}
          hint={full ? `That makes ${MAX_VALUES}: remove one to add another.` : `Up to ${MAX_VALUE_LENGTH} characters; press Enter to add.`}
        />
        <Button variant="secondary" icon={<Plus size={16} />} className={styles.addButton} onClick={add} disabled={full || !adding.trim()}>
          Add
        </Button>
      </div>
      <FormActions>
        <Button type="submit" busy={loading} disabled={!changed}>
          Save values
        </Button>
        {changed && (
          <Button
            variant="ghost"
            onClick={() => {
              edit([...saved]);
              setAddError(null);
            }}
          >
            Undo changes
          </Button>
        )}
      </FormActions>
    </form>
  );
}
