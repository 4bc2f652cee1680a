import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SignOutDocument, ViewerDocument } from '@/gql/graphql';
import { SessionProvider } from '@/shared/session';
import { viewerAnswer } from '@/test/viewer';
import { AppShell } from './AppShell';

const viewer = viewerAnswer({ points: 120, level: { number: 2, title: 'Learner' } });

describe('AppShell', () => {
  function renderShell(mocks: unknown[], onSignOut = vi.fn()) {
    const router = createMemoryRouter(
      [
        { path: '/sign-in', element: <p>The sign-in form</p> },
        { path: '/', element: <AppShell />, children: [{ path: 'courses', element: <p>Catalogue</p> }] },
      ],
      { initialEntries: ['/courses'] },
    );
    render(
      <MockedProvider mocks={mocks as never}>
        <SessionProvider onSignIn={() => undefined} onSignOut={onSignOut}>
          <RouterProvider router={router} />
        </SessionProvider>
      </MockedProvider>,
    );
    return { router, onSignOut };
  }

  it('takes a visitor the server does not know to the sign-in form, to come back afterwards', async () => {
    const { router } = renderShell([
      {
        request: { query: ViewerDocument },
        result: { errors: [new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    expect(await screen.findByText('The sign-in form')).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sign-in?next=%2Fcourses');
  });

  it('signs out through the server, which ends the sign-in and clears its cookie', async () => {
    let signedOut = false;
    const { onSignOut } = renderShell([
      viewer,
      {
        request: { query: SignOutDocument },
        result: () => {
          signedOut = true;
          return { data: { signOut: true } };
        },
      },
    ]);
    expect(await screen.findByText('Catalogue')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1));
    expect(signedOut).toBe(true);
  });

  it('signs out here even when the server had already ended the sign-in', async () => {
    const { onSignOut } = renderShell([
      viewer,
      {
        request: { query: SignOutDocument },
        result: { errors: [new GraphQLError('This sign-in has ended: sign in again', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1));
  });
});
