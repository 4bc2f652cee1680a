import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { GiveKudosDocument } from '@/gql/graphql';
import { KudosComposer } from './KudosComposer';

const colleagues = [
  { id: 'leo', label: 'Leo Martins', detail: 'Frontline Support' },
  { id: 'priya', label: 'Priya Shah', detail: 'Frontline Support' },
];

function renderComposer(mocks: unknown[] = [], allowanceLeft = 30, onSent = vi.fn()) {
  render(
    <MockedProvider mocks={mocks as never}>
      <KudosComposer colleagues={colleagues} values={['Empathy', 'Teamwork']} allowanceLeft={allowanceLeft} allowance={100} onSent={onSent} />
    </MockedProvider>,
  );
  return onSent;
}

const kudosFor = (points: number) => ({ toUserId: 'leo', message: 'Thanks for the calm call', values: ['Teamwork'], points });
const answer = (points: number) => ({
  giveKudos: { __typename: 'Kudos', id: 'k1', points, to: { __typename: 'User', id: 'leo', displayName: 'Leo Martins' }, from: { __typename: 'User', id: 'me', kudosAllowanceLeft: 30 - points } },
});

async function fill(points: string) {
  await userEvent.type(screen.getByRole('combobox', { name: 'Colleague' }), 'leo{Enter}');
  await userEvent.type(screen.getByLabelText('Message'), 'Thanks for the calm call');
  await userEvent.click(screen.getByRole('button', { name: 'Teamwork' }));
  await userEvent.clear(screen.getByLabelText('Points'));
  if (points) await userEvent.type(screen.getByLabelText('Points'), points);
}

describe('KudosComposer', () => {
  it('waits for a colleague, a message and a value, and says what is missing', async () => {
    renderComposer();
    const send = screen.getByRole('button', { name: 'Send kudos' });
    expect(send).toBeDisabled();
    expect(screen.getByText('Choose a colleague, say what the kudos are for and pick at least one value.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Colleague' }), 'pri');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Priya ShahFrontline Support']);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Priya Shah')).toBeInTheDocument();
    expect(screen.getByText('Say what the kudos are for and pick at least one value.')).toBeInTheDocument();
    expect(send).toBeDisabled();
  });

  it('keeps the points within what is left of the allowance, then sends the kudos', async () => {
    const onSent = renderComposer([{ request: { query: GiveKudosDocument, variables: { input: kudosFor(25) } }, result: { data: answer(25) } }]);
    expect(screen.getByText('30 of 100 left to give this month')).toBeInTheDocument();
    await fill('40');
    expect(screen.getByText('You have 30 points left to give this month')).toBeInTheDocument();
    expect(screen.getByLabelText('Points')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Send kudos' })).toBeDisabled();

    await userEvent.clear(screen.getByLabelText('Points'));
    await userEvent.type(screen.getByLabelText('Points'), '25');
    expect(screen.getByRole('button', { name: 'Send kudos' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Send kudos' }));
    expect(await screen.findByText('Kudos sent to Leo Martins. They’re on the feed now.')).toBeInTheDocument();
    expect(onSent).toHaveBeenCalledWith('Leo Martins');
    expect(screen.getByLabelText('Message')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Teamwork' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the server’s refusal beside the field it names', async () => {
    const refusal = new GraphQLError('you have 10 kudos points left to give this month', { extensions: { code: 'BAD_USER_INPUT', field: 'points' } });
    renderComposer([{ request: { query: GiveKudosDocument, variables: { input: kudosFor(20) } }, result: { errors: [refusal] } }]);
    await fill('20');
    await userEvent.click(screen.getByRole('button', { name: 'Send kudos' }));
    expect(await screen.findByText('you have 10 kudos points left to give this month')).toBeInTheDocument();
    expect(screen.getByLabelText('Points')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still sends kudos without points once the month’s allowance is given', async () => {
    renderComposer([], 0);
    expect(screen.getByLabelText('Points')).toBeDisabled();
    expect(screen.getByText('Your points for this month are given: kudos without points still count.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Colleague' }), 'leo{Enter}');
    await userEvent.type(screen.getByLabelText('Message'), 'Thanks');
    await userEvent.click(screen.getByRole('button', { name: 'Empathy' }));
    expect(screen.getByRole('button', { name: 'Send kudos' })).toBeEnabled();
  });
});
