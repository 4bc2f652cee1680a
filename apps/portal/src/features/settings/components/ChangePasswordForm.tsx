import { useState, type FormEvent } from 'react';
import { errorMessage } from '@/shared/apollo';
import { NEW_PASSWORD_HINT } from '@/shared/password';
import { Alert, Button, FormActions, TextField } from '@/ui';
import { useChangePassword } from '../hooks/useAccount';
import { fieldError } from '@/shared/field-error';

const EMPTY = { currentPassword: '', newPassword: '', repeated: '' };

/** The viewer's password: proven with the current one, typed twice; every other sign-in ends once it is changed. */
export function ChangePasswordForm() {
  const [form, setForm] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useChangePassword();
  const currentError = fieldError(error, 'currentPassword');
  const newError = fieldError(error, 'newPassword');

  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => {
    setForm({ ...form, [name]: event.target.value });
    setMismatch(false);
    setDone(false);
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.newPassword !== form.repeated) {
      setMismatch(true);
      return;
    }
    const result = await change({ variables: { currentPassword: form.currentPassword, newPassword: form.newPassword } }).catch(() => null);
    if (result?.data) {
      setForm(EMPTY);
      setDone(true);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">Password changed. You are still signed in here, and signed out everywhere else.</Alert>}
      {error && !currentError && !newError && <Alert>{errorMessage(error)}</Alert>}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={form.currentPassword}
        onChange={set('currentPassword')}
        error={currentError}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={NEW_PASSWORD_HINT}
        value={form.newPassword}
        onChange={set('newPassword')}
        error={newError}
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        value={form.repeated}
        onChange={set('repeated')}
        error={mismatch ? 'The two new passwords differ: type the same one twice.' : null}
      />
      <FormActions>
        <Button type="submit" busy={loading} disabled={!form.currentPassword || !form.newPassword || !form.repeated}>
          Change password
        </Button>
      </FormActions>
    </form>
  );
}
