import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { SignUpDocument, type SignUpMutationVariables } from '@/gql/graphql';
import { SessionProvider } from '@/shared/session';
import { SignUpPage } from './SignUpPage';

const REASON = 'This password is too easy to guess. This is a heavily used password. Add more words that are less common.';

describe('SignUpPage', () => {
  it('shows why the server refused the password on the password field', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: SignUpDocument,
              variables: (variables: SignUpMutationVariables) => variables.input.adminPassword === 'password',
            },
            result: { errors: [new GraphQLError(REASON, { extensions: { code: 'BAD_USER_INPUT', field: 'adminPassword' } })] },
          },
        ]}
      >
        <SessionProvider onSignIn={() => undefined} onSignOut={() => undefined}>
          <MemoryRouter>
            <SignUpPage />
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(/hard to guess: three or four unrelated words work well/);
    await userEvent.type(screen.getByLabelText('Organisation name'), 'Tailspin Help Desk');
    await userEvent.type(screen.getByLabelText('Your name'), 'Marguerite Okonkwo');
    await userEvent.type(screen.getByLabelText('Work email'), 'marguerite@tailspin.example');
    await userEvent.type(password, 'password');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    expect(await screen.findByText(REASON)).toBeInTheDocument();
    expect(password).toHaveAccessibleDescription(REASON);
    expect(password).toBeInvalid();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
