import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AwardBadgeDocument } from '@/gql/graphql';
import { peopleFound, person } from '@/test/people';
import { GiveBadgeForm } from './GiveBadgeForm';

const leo = person('leo', 'Leo Martins', 'Frontline Support');
const maya = person('maya', 'Maya Patel', 'Frontline Support');
const sam = person('sam', 'Sam Rivera', 'Customer Success');

const options = async () => {
  await waitFor(() => expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy'));
  return screen.getAllByRole('option').map((option) => option.textContent);
};

describe('GiveBadgeForm', () => {
  it('offers a manager the people of the teams they manage, never themselves, and gives the badge', async () => {
    render(
      <MockedProvider
        mocks={[
          peopleFound({ search: '', managerId: 'maya' }, [leo, maya]),
          peopleFound({ search: 'le', managerId: 'maya' }, [leo]),
          {
            request: { query: AwardBadgeDocument, variables: { badgeId: 'b1', userId: 'leo', reason: 'Calm on the outage call' } },
            result: {
              data: {
                awardBadge: { __typename: 'BadgeAward', id: 'a1', user: { __typename: 'User', id: 'leo', displayName: 'Leo Martins' } },
              },
            },
          },
        ]}
      >
        <GiveBadgeForm badgeId="b1" viewer={{ id: 'maya', role: 'MANAGER' }} />
      </MockedProvider>,
    );
    const who = screen.getByRole('combobox', { name: 'Who' });
    await userEvent.click(who);
    expect(await options()).toEqual(['Leo MartinsFrontline Support']);
    await userEvent.type(who, 'le');
    expect(await options()).toEqual(['Leo MartinsFrontline Support']);
    await userEvent.keyboard('{Enter}');
    await userEvent.type(screen.getByLabelText('Why'), 'Calm on the outage call');
    await userEvent.click(screen.getByRole('button', { name: 'Give badge' }));
    expect(await screen.findByText('Given to Leo Martins. It is on the feed now.')).toBeInTheDocument();
  });

  it('offers an admin everyone else, and says when nobody matches', async () => {
    render(
      <MockedProvider mocks={[peopleFound({ search: '' }, [leo, maya, sam]), peopleFound({ search: 'zed' }, [])]}>
        <GiveBadgeForm badgeId="b1" viewer={{ id: 'maya', role: 'ADMIN' }} />
      </MockedProvider>,
    );
    const who = screen.getByRole('combobox', { name: 'Who' });
    await userEvent.click(who);
    expect(await options()).toEqual(['Leo MartinsFrontline Support', 'Sam RiveraCustomer Success']);
    await userEvent.type(who, 'zed');
    expect(await screen.findByText('Nobody matches “zed”')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toEqual([]);
  });
});
