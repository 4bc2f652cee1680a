import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { useSession } from '@/shared/session';
import { ViewerQuery } from '@/shared/viewer';
import { NEW_PASSWORD_HINT } from '@/shared/password';
import { Alert, Button, TextField } from '@/ui';
import { AuthLayout } from '../components/AuthLayout';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

export function SignUpPage() {
  const { signedIn } = useSession();
  const { data: viewer } = useQuery(ViewerQuery, { fetchPolicy: 'cache-only' });
  const navigate = useNavigate();
  const [form, setForm] = useState({ organizationName: '', adminDisplayName: '', adminEmail: '', adminPassword: '' });
  const [signUp, { loading, error }] = useMutation(SignUpMutation);
  if (viewer?.me) return <Navigate to="/" replace />;
  const field = errorField(error);
  const fieldError = (name: keyof typeof form) => (field === name ? errorMessage(error) : null);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { data } = await signUp({ variables: { input: { ...form, timeZone } } }).catch(() => ({ data: undefined }));
    if (data) {
      signedIn();
      navigate('/', { replace: true });
    }
  };

  return (
    <AuthLayout title="Create your organisation" subtitle="Set up Laurels for your support team in a minute. You will be its first admin.">
      <form onSubmit={submit} noValidate>
        {error && !field && <Alert>{errorMessage(error)}</Alert>}
        <TextField
          label="Organisation name"
          required
          value={form.organizationName}
          onChange={set('organizationName')}
          error={fieldError('organizationName')}
          autoFocus
        />
        <TextField
          label="Your name"
          required
          autoComplete="name"
          value={form.adminDisplayName}
          onChange={set('adminDisplayName')}
          error={fieldError('adminDisplayName')}
        />
        <TextField
          label="Work email"
          type="email"
          required
          autoComplete="email"
          value={form.adminEmail}
          onChange={set('adminEmail')}
          error={fieldError('adminEmail')}
        />
        <TextField
          label="Password"
          type="password"
          required
          autoComplete="new-password"
          hint={NEW_PASSWORD_HINT}
          value={form.adminPassword}
          onChange={set('adminPassword')}
          error={fieldError('adminPassword')}
        />
        <Button type="submit" size="lg" block busy={loading}>
          Create organisation
        </Button>
      </form>
      <p style={{ marginTop: 'var(--space-5)', color: 'var(--color-ink-500)' }}>
        Already using Laurels? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthLayout>
  );
}
