import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { DeactivateUserDocument, PeopleDirectoryDocument, PeopleTeamsDocument, TeamPickerDocument } from '@/gql/graphql';
import { viewerAnswer } from '@/test/viewer';
import { PeoplePage } from './PeoplePage';

const member = (id: string, displayName: string, active = true) => ({
  __typename: 'User' as const,
  id,
  displayName,
  email: `${id}@northwind.example`,
  role: id === 'u1' ? 'ADMIN' : 'EMPLOYEE',
  active,
  startedAt: id === 'priya' ? '2025-03-03T00:00:00.000Z' : null,
  team: id === 'priya' ? { __typename: 'Team', id: 'phones', name: 'Phones' } : null,
});

/** A page of the directory: the active people, or the deactivated ones. */
function directory(deactivated: boolean, nodes: ReturnType<typeof member>[], search = '') {
  return {
    request: { query: PeopleDirectoryDocument, variables: { search, deactivated } },
    result: {
      data: {
        people: {
          __typename: 'UserConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          totalCount: nodes.length,
        },
      },
    },
  };
}

const teams = {
  request: { query: PeopleTeamsDocument, variables: { search: '' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'org-1',
        teams: [{ __typename: 'Team', id: 'phones', name: 'Phones', manager: { __typename: 'User', id: 'mo', displayName: 'Mo Manager' } }],
      },
    },
  },
  maxUsageCount: 5,
};

const avery = member('u1', 'Avery Collins');
const priya = member('priya', 'Priya Shah');

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter>
        <PeoplePage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('PeoplePage', () => {
  it.each(['EMPLOYEE', 'MANAGER'] as const)('tells a %s that admins run people and teams, and shows no directory', async (role) => {
    renderPage([viewerAnswer({ role })]);
    expect(await screen.findByRole('heading', { name: 'People and teams are run by admins' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Directory' })).not.toBeInTheDocument();
  });

  it('lists people with their team, role and start date, each name a link to their profile, and the teams with their managers', async () => {
    renderPage([viewerAnswer({ role: 'ADMIN' }), directory(false, [avery, priya]), teams]);
    const section = await screen.findByRole('region', { name: 'Directory' });
    expect(await within(section).findByRole('link', { name: 'Priya Shah' })).toHaveAttribute('href', '/people/priya');
    expect(within(section).getByText('priya@northwind.example · Phones · Employee · Started 3 Mar 2025')).toBeInTheDocument();
    expect(within(section).getByText('2 people active')).toBeInTheDocument();
    const teamsSection = screen.getByRole('region', { name: 'Teams' });
    expect(await within(teamsSection).findByText('Managed by Mo Manager')).toBeInTheDocument();
  });

  it('deactivates someone once the admin confirms, and offers no button to deactivate themselves', async () => {
    const user = userEvent.setup();
    let deactivated = false;
    renderPage([
      viewerAnswer({ role: 'ADMIN' }),
      directory(false, [avery, priya]),
      teams,
      {
        request: { query: DeactivateUserDocument, variables: { userId: 'priya' } },
        result: () => {
          deactivated = true;
          return { data: { deactivateUser: { __typename: 'User', id: 'priya', active: false } } };
        },
      },
      directory(false, [avery]),
    ]);
    const section = await screen.findByRole('region', { name: 'Directory' });
    expect(await within(section).findByText('Priya Shah')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Deactivate Avery Collins' })).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Deactivate Priya Shah' }));
    const dialog = screen.getByRole('dialog', { name: 'Deactivate Priya Shah?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deactivated).toBe(false);

    await user.click(within(section).getByRole('button', { name: 'Deactivate Priya Shah' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Deactivate' }));
    expect(await within(section).findByText('Priya Shah was deactivated and signed out everywhere.')).toBeInTheDocument();
    expect(deactivated).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(section).queryByText('Priya Shah')).not.toBeInTheDocument();
  });

  it('lists the deactivated people, marked as such, for reactivation', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerAnswer({ role: 'ADMIN' }),
      directory(false, [avery, priya]),
      teams,
      directory(true, [member('leo', 'Leo Martins', false)]),
    ]);
    const section = await screen.findByRole('region', { name: 'Directory' });
    await user.click(within(section).getByRole('radio', { name: 'Deactivated' }));
    expect(await within(section).findByText('Leo Martins')).toBeInTheDocument();
    expect(within(section).getByText('Deactivated', { selector: 'span' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Reactivate Leo Martins' })).toBeInTheDocument();
  });

  it('checks a new person in the browser first, naming each field that is wrong', async () => {
    const user = userEvent.setup();
    const teamPicker = {
      request: { query: TeamPickerDocument, variables: { search: '' } },
      result: { data: { organization: { __typename: 'Organization', id: 'org-1', teams: [] } } },
    };
    renderPage([viewerAnswer({ role: 'ADMIN' }), directory(false, [avery, priya]), teams, teamPicker]);
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a person' });
    await user.type(within(dialog).getByLabelText('Work email'), 'not-an-email');
    await user.type(within(dialog).getByLabelText('Password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription('The name is missing');
    expect(within(dialog).getByLabelText('Work email')).toHaveAccessibleDescription('“not-an-email” is not an email address');
    expect(within(dialog).getByLabelText('Password')).toHaveAccessibleDescription('The password must be at least 8 characters');
  });
});
