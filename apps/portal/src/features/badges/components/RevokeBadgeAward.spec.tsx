import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RevokeBadgeDocument } from '@/gql/graphql';
import { RevokeBadgeAward } from './RevokeBadgeAward';

const revoked = (reason: string) => ({
  request: { query: RevokeBadgeDocument, variables: { awardId: 'a1', reason } },
  result: { data: { revokeBadge: { __typename: 'BadgeAward', id: 'a1', revokedAt: '2026-11-23T10:00:00.000Z', revokedReason: reason } } },
});

describe('RevokeBadgeAward', () => {
  it('asks for a reason before it revokes, and sends it', async () => {
    const mock = revoked('Given to the wrong person');
    let sent = false;
    render(
      <MockedProvider mocks={[{ ...mock, result: () => ((sent = true), mock.result) }]}>
        <RevokeBadgeAward awardId="a1" holderName="Leo Martins" />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Revoke Leo Martins’s badge' }));
    const submit = screen.getByRole('button', { name: 'Revoke the badge' });
    expect(submit).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Why it is revoked'), '   ');
    expect(submit).toBeDisabled();
    await userEvent.clear(screen.getByLabelText('Why it is revoked'));
    await userEvent.type(screen.getByLabelText('Why it is revoked'), 'Given to the wrong person');
    await userEvent.click(submit);
    await vi.waitFor(() => expect(sent).toBe(true));
  });

  it('shows why the API refused, beside the reason when it is about the reason', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: RevokeBadgeDocument, variables: { awardId: 'a1', reason: 'Again' } },
            result: {
              errors: [
                new GraphQLError('This badge award was already revoked', { extensions: { code: 'BAD_USER_INPUT', field: 'awardId' } }),
              ],
            },
          },
        ]}
      >
        <RevokeBadgeAward awardId="a1" holderName="Leo Martins" />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Revoke Leo Martins’s badge' }));
    await userEvent.type(screen.getByLabelText('Why it is revoked'), 'Again');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke the badge' }));
    expect(await screen.findByText('This badge award was already revoked')).toBeInTheDocument();
  });
});
