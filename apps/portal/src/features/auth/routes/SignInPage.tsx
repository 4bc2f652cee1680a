import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { useSession } from '@/shared/session';
import { ViewerQuery } from '@/shared/viewer';
import { Alert, Button, TextField } from '@/ui';
import { AuthLayout } from '../components/AuthLayout';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        displayName
      }
    }
  }
`);

/** Only paths inside the portal are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Signs in: the server answers with the session cookie, which the page never sees. */
export function SignInPage() {
  const { signedIn } = useSession();
  // Someone already signed in, as far as this page has seen (a fresh page has seen nobody), goes on.
  const { data: viewer } = useQuery(ViewerQuery, { fetchPolicy: 'cache-only' });
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(SignInMutation);
  if (viewer?.me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await login({ variables: { email, password } }).catch(() => ({ data: undefined }));
    if (data) {
      signedIn();
      navigate(safeNext(params.get('next')), { replace: true });
    }
  };

  return (
    <AuthLayout title="Welcome back" subtitle="Sign in to keep learning and see what your team is celebrating.">
      <form onSubmit={submit} noValidate>
        {error && <Alert>{errorMessage(error)}</Alert>}
        <TextField
          label="Work email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoFocus
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" size="lg" block busy={loading} disabled={!email || !password}>
          Sign in
        </Button>
      </form>
      <p style={{ marginTop: 'var(--space-5)', color: 'var(--color-ink-500)' }}>
        New to Laurels? <Link to="/sign-up">Create your organisation</Link>
      </p>
    </AuthLayout>
  );
}
