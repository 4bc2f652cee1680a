import { useState } from 'react';
import { errorField, errorMessage } from '@/shared/apollo';

interface MutationState {
  readonly error?: unknown;
  readonly reset: () => void;
}

/**
 * A composer's draft, its success message and the server's refusal: shown
 * beside the field it names (one of `fields`), or above the form otherwise.
 * Editing clears both.
 */
export function useComposerForm<T extends object>(blank: T, fields: readonly string[], mutation: MutationState) {
  const [form, setForm] = useState(blank);
  const [done, setDone] = useState<string | null>(null);
  const serverField = errorField(mutation.error);
  return {
    form,
    done,
    edit(change: Partial<T>) {
      setForm({ ...form, ...change });
      setDone(null);
      if (mutation.error) mutation.reset();
    },
    fieldError: (name: string) => (mutation.error && serverField === name ? errorMessage(mutation.error) : null),
    formError: mutation.error && !fields.includes(serverField ?? '') ? errorMessage(mutation.error) : null,
    /** After a success: a blank draft and the message. */
    finish(message: string) {
      setForm(blank);
      setDone(message);
    },
  };
}
