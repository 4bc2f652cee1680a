import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { SetKudosAllowanceDocument, SettingsPageDocument } from '@/gql/graphql';
import { SettingsPage } from './SettingsPage';

function settings(role: 'EMPLOYEE' | 'MANAGER' | 'ADMIN') {
  return {
    request: { query: SettingsPageDocument },
    result: {
      data: {
        me: { __typename: 'User', id: 'u1', role },
        organization: {
          __typename: 'Organization',
          id: 'org-1',
          name: 'Northwind Support',
          values: ['Empathy', 'Ownership'],
          kudosAllowance: 100,
        },
      },
    },
  };
}

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter>
        <SettingsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SettingsPage', () => {
  it.each(['EMPLOYEE', 'MANAGER'] as const)('tells a %s that only admins change the settings, and shows no form', async (role) => {
    renderPage([settings(role)]);
    expect(await screen.findByRole('heading', { name: 'Only admins can change organisation settings' })).toBeInTheDocument();
    expect(screen.getByText('Empathy')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  });

  it('shows an admin the server’s complaint about the allowance beside its field', async () => {
    const user = userEvent.setup();
    renderPage([
      settings('ADMIN'),
      {
        request: { query: SetKudosAllowanceDocument, variables: { points: 20000 } },
        result: {
          errors: [
            new GraphQLError('the monthly allowance must be a whole number from 0 to 10000', {
              extensions: { code: 'BAD_USER_INPUT', field: 'points' },
            }),
          ],
        },
      },
    ]);
    const points = await screen.findByLabelText('Points per person per month');
    expect(points).toHaveValue(100);
    await user.clear(points);
    await user.type(points, '20000');
    await user.click(screen.getByRole('button', { name: 'Save allowance' }));
    expect(await screen.findByText('The monthly allowance must be a whole number from 0 to 10000')).toBeInTheDocument();
    expect(points).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a whole number before bothering the server', async () => {
    const user = userEvent.setup();
    renderPage([settings('ADMIN')]);
    const points = await screen.findByLabelText('Points per person per month');
    await user.clear(points);
    await user.click(screen.getByRole('button', { name: 'Save allowance' }));
    expect(points).toHaveAccessibleDescription('Enter a whole number from 0 to 10,000.');
  });
});
