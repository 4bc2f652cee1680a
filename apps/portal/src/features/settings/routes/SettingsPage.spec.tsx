import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import {
  ChangePasswordDocument,
  NotificationPreferencesDocument,
  OnboardingPathsDocument,
  SetChatWebhookDocument,
  SetKudosAllowanceDocument,
  SettingsPageDocument,
} from '@/gql/graphql';
import { SettingsPage } from './SettingsPage';

function settings(role: 'EMPLOYEE' | 'MANAGER' | 'ADMIN', chat = { chatWebhookConfigured: false, chatWebhookFailures: 0 }) {
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
          onboardingPath: null,
          onboardingDueDays: null,
          ...chat,
        },
      },
    },
  };
}

/** What every render asks besides the page: the paths an admin's onboarding section offers, and the viewer's notification choices. */
const sections = [
  { request: { query: OnboardingPathsDocument }, result: { data: { learningPaths: [] } } },
  { request: { query: NotificationPreferencesDocument }, result: { data: { notificationPreferences: [] } } },
];

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={[...mocks, ...sections] as never}>
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
    expect(screen.getByRole('button', { name: 'Change password' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to People' })).not.toBeInTheDocument();
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

  it('sends an admin to the People page for people and teams', async () => {
    renderPage([settings('ADMIN')]);
    expect(await screen.findByRole('link', { name: 'Go to People' })).toHaveAttribute('href', '/people');
  });

  it('asks for a whole number before bothering the server', async () => {
    const user = userEvent.setup();
    renderPage([settings('ADMIN')]);
    const points = await screen.findByLabelText('Points per person per month');
    await user.clear(points);
    await user.click(screen.getByRole('button', { name: 'Save allowance' }));
    expect(points).toHaveAccessibleDescription('Enter a whole number from 0 to 10,000.');
  });

  describe('the chat channel', () => {
    const setting = (url: string | null, result: object) => ({ request: { query: SetChatWebhookDocument, variables: { url } }, result });
    const organization = (chatWebhookConfigured: boolean, chatWebhookFailures = 0) => ({
      data: { setChatWebhook: { __typename: 'Organization', id: 'org-1', chatWebhookConfigured, chatWebhookFailures } },
    });

    it('puts the server’s refusal of a URL under the field, and says when one is saved', async () => {
      const user = userEvent.setup();
      renderPage([
        settings('ADMIN'),
        setting('http://hooks.example.com/x', {
          errors: [new GraphQLError('the webhook URL must start with https://', { extensions: { code: 'BAD_USER_INPUT', field: 'url' } })],
        }),
        setting('https://hooks.slack.com/services/T0/B0/x', organization(true)),
      ]);
      expect(await screen.findByText('Celebrations are not posted to a chat channel yet.')).toBeInTheDocument();
      const field = screen.getByLabelText('Incoming webhook URL');
      // Pasted, as webhook URLs are.
      await user.click(field);
      await user.paste('http://hooks.example.com/x');
      await user.click(screen.getByRole('button', { name: 'Save webhook' }));
      expect(await screen.findByText('The webhook URL must start with https://')).toBeInTheDocument();
      expect(field).toHaveAttribute('aria-invalid', 'true');

      await user.clear(field);
      await user.paste('https://hooks.slack.com/services/T0/B0/x');
      await user.click(screen.getByRole('button', { name: 'Save webhook' }));
      expect(await screen.findByText('Saved. New celebrations will be posted to this channel.')).toBeInTheDocument();
      expect(field).toHaveValue('');
      expect(screen.getByRole('button', { name: 'Stop posting' })).toBeInTheDocument();
    });

    it('warns an admin after repeated failed posts, and stops posting when asked', async () => {
      const user = userEvent.setup();
      renderPage([settings('ADMIN', { chatWebhookConfigured: true, chatWebhookFailures: 4 }), setting(null, organization(false))]);
      expect(await screen.findByRole('alert')).toHaveTextContent('The last 4 posts to the chat channel failed.');
      await user.click(screen.getByRole('button', { name: 'Stop posting' }));
      expect(await screen.findByText('Celebrations are no longer posted to a chat channel.')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Stop posting' })).not.toBeInTheDocument();
    });

    it('does not warn about a failure or two', async () => {
      renderPage([settings('ADMIN', { chatWebhookConfigured: true, chatWebhookFailures: 2 })]);
      expect(await screen.findByText(/Celebrations are posted to your chat channel/)).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  describe('the password', () => {
    const changing = (currentPassword: string, result: object) => ({
      request: { query: ChangePasswordDocument, variables: { currentPassword, newPassword: 'a brand new passphrase' } },
      result,
    });
    const fill = async (current: string, repeated = 'a brand new passphrase') => {
      const user = userEvent.setup();
      await user.type(await screen.findByLabelText('Current password'), current);
      await user.type(screen.getByLabelText('New password'), 'a brand new passphrase');
      await user.type(screen.getByLabelText('New password again'), repeated);
      await user.click(screen.getByRole('button', { name: 'Change password' }));
    };

    it('puts a wrong current password’s error on the current password field', async () => {
      renderPage([
        settings('EMPLOYEE'),
        changing('not it', {
          errors: [
            new GraphQLError('The current password is not right', { extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } }),
          ],
        }),
      ]);
      await fill('not it');
      const current = screen.getByLabelText('Current password');
      expect(await screen.findByText('The current password is not right')).toBeInTheDocument();
      expect(current).toHaveAttribute('aria-invalid', 'true');
      expect(current).toHaveAccessibleDescription('The current password is not right');
      expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
    });

    it('asks for the same new password twice before bothering the server', async () => {
      renderPage([settings('EMPLOYEE')]);
      await fill('laurels-demo', 'a brand new passphrasE');
      expect(screen.getByLabelText('New password again')).toHaveAccessibleDescription(
        'The two new passwords differ: type the same one twice.',
      );
    });

    it('says the password changed, and that every other sign-in ended, and empties the form', async () => {
      renderPage([
        settings('EMPLOYEE'),
        changing('laurels-demo', { data: { changePassword: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1' } } } }),
      ]);
      await fill('laurels-demo');
      expect(
        await screen.findByText('Password changed. You are still signed in here, and signed out everywhere else.'),
      ).toBeInTheDocument();
      expect(screen.getByLabelText('Current password')).toHaveValue('');
    });
  });
});
