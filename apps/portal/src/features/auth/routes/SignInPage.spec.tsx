import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, MemoryRouter, Route, RouterProvider, Routes } from 'react-router';
import { SignInDocument } from '@/gql/graphql';
import { SessionProvider, storeToken } from '@/shared/session';
import { SignInPage } from './SignInPage';

function renderSignIn(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <SessionProvider onSignOut={() => undefined}>
        <MemoryRouter initialEntries={['/sign-in?next=/courses']}>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/courses" element={<p>Catalogue</p>} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('SignInPage', () => {
  beforeEach(() => localStorage.clear());

  it('signs in, keeps the token and goes where the visitor was heading', async () => {
    renderSignIn([
      {
        request: { query: SignInDocument, variables: { email: 'priya@northwind.example', password: 'laurels-demo' } },
        result: {
          data: { login: { __typename: 'AuthPayload', token: 'token-123', user: { __typename: 'User', id: 'u1', displayName: 'Priya' } } },
        },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Work email'), 'priya@northwind.example');
    await userEvent.type(screen.getByLabelText('Password'), 'laurels-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Catalogue')).toBeInTheDocument();
    expect(localStorage.getItem('laurels.token')).toBe('token-123');
  });

  it('shows the server’s message when the password is wrong, and stays signed out', async () => {
    renderSignIn([
      {
        request: { query: SignInDocument, variables: { email: 'priya@northwind.example', password: 'nope-nope' } },
        result: { errors: [new GraphQLError('Email or password is incorrect', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    await userEvent.type(screen.getByLabelText('Work email'), 'priya@northwind.example');
    await userEvent.type(screen.getByLabelText('Password'), 'nope-nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect');
    expect(localStorage.getItem('laurels.token')).toBeNull();
  });
});

describe('a token the server no longer accepts', () => {
  beforeEach(() => localStorage.clear());

  it('shows the sign-in form once the client forgets it, instead of sending the visitor back to a page that fails again', async () => {
    localStorage.setItem('laurels.token', 'expired-token');
    const router = createMemoryRouter(
      [
        { path: '/sign-in', element: <SignInPage /> },
        { path: '/', element: <p>Home</p> },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <MockedProvider mocks={[]}>
        <SessionProvider onSignOut={() => undefined}>
          <RouterProvider router={router} />
        </SessionProvider>
      </MockedProvider>,
    );
    expect(await screen.findByText('Home')).toBeInTheDocument();

    // What the Apollo client does when the server answers UNAUTHENTICATED.
    await act(async () => {
      storeToken(null);
      await router.navigate('/sign-in');
    });
    expect(await screen.findByLabelText('Work email')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
