import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError, print } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SignInDocument, SignUpDocument } from '@/gql/graphql';
import { SessionProvider } from '@/shared/session';
import { SignInPage } from './SignInPage';

function renderSignIn(mocks: unknown[], onSignIn = vi.fn()) {
  render(
    <MockedProvider mocks={mocks as never}>
      <SessionProvider onSignIn={onSignIn} onSignOut={() => undefined}>
        <MemoryRouter initialEntries={['/sign-in?next=/courses']}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/courses" element={<p>Catalogue</p>} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
  return onSignIn;
}

describe('SignInPage', () => {
  beforeEach(() => localStorage.clear());

  it('signs in and goes where the visitor was heading, keeping no token in the page: the server’s cookie is the sign-in', async () => {
    const onSignIn = renderSignIn([
      {
        request: { query: SignInDocument, variables: { email: 'priya@northwind.example', password: 'laurels-demo' } },
        result: { data: { login: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', displayName: 'Priya' } } } },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Work email'), 'priya@northwind.example');
    await userEvent.type(screen.getByLabelText('Password'), 'laurels-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Catalogue')).toBeInTheDocument();
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    // The portal never even asks for the token the API gives API clients.
    for (const document of [SignInDocument, SignUpDocument]) expect(print(document)).not.toMatch(/\btoken\b/);
  });

  it('shows the server’s message when the password is wrong, and stays signed out', async () => {
    const onSignIn = renderSignIn([
      {
        request: { query: SignInDocument, variables: { email: 'priya@northwind.example', password: 'nope-nope' } },
        result: { errors: [new GraphQLError('Email or password is incorrect', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Work email'), 'priya@northwind.example');
    await userEvent.type(screen.getByLabelText('Password'), 'nope-nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(onSignIn).not.toHaveBeenCalled();
  });
});
