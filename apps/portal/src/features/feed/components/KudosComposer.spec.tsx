import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { GiveKudosDocument } from '@/gql/graphql';
import { peopleFound, person } from '@/test/people';
import { KudosComposer } from './KudosComposer';

const leo = person('leo', 'Leo Martins', 'Frontline Support');
const priya = person('priya', 'Priya Shah', 'Frontline Support');
const me = person('me', 'Maya Patel', 'Frontline Support');
/** The directory as the colleague picker searches it: everyone by name first, then what was typed. */
const directory = [
  peopleFound({ search: '' }, [leo, me, priya]),
  peopleFound({ search: 'pri' }, [priya]),
  peopleFound({ search: 'leo' }, [leo]),
];

function renderComposer(mocks: unknown[] = [], allowanceLeft = 30, onSent = vi.fn()) {
  render(
    <MockedProvider mocks={[...directory, ...mocks] as never}>
      <KudosComposer viewerId="me" values={['Empathy', 'Teamwork']} allowanceLeft={allowanceLeft} allowance={100} onSent={onSent} />
    </MockedProvider>,
  );
  return onSent;
}

/** The idempotency key of every giveKudos the composer sent, in order. */
let keysSent: string[] = [];
beforeEach(() => (keysSent = []));

/** Matches a giveKudos for these colleagues and points, whatever its key, and notes the key. */
const kudosFor =
  (points: number, toUserId = 'leo', toUserIds?: string[]) =>
  ({ input: { idempotencyKey, ...rest } }: { input: { idempotencyKey: string } & Record<string, unknown> }) => {
    const wanted = { toUserId, ...(toUserIds ? { toUserIds } : {}), message: 'Thanks for the calm call', values: ['Teamwork'], points };
    if (JSON.stringify(rest) !== JSON.stringify(wanted) || typeof idempotencyKey !== 'string') return false;
    keysSent.push(idempotencyKey);
    return true;
  };
const answer = (points: number) => ({
  giveKudos: {
    __typename: 'Kudos',
    id: 'k1',
    points,
    to: { __typename: 'User', id: 'leo', displayName: 'Leo Martins' },
    from: { __typename: 'User', id: 'me', kudosAllowanceLeft: 30 - points },
  },
});

/** Chooses a colleague the way people do: type, wait for the directory, Enter. */
async function choose(text: string, name: string) {
  await userEvent.type(screen.getByRole('combobox', { name: 'Colleague' }), text);
  await screen.findByRole('option', { name: new RegExp(`^${name}`) });
  await waitFor(() => expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy'));
  await userEvent.keyboard('{Enter}');
}

async function fill(points: string, ...others: [string, string][]) {
  await choose('leo', 'Leo Martins');
  for (const [text, name] of others) await choose(text, name);
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
    await userEvent.click(screen.getByRole('combobox', { name: 'Colleague' }));
    // Everyone by name, never the viewer.
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'Leo MartinsFrontline Support',
      'Priya ShahFrontline Support',
    ]);
    await userEvent.type(screen.getByRole('combobox', { name: 'Colleague' }), 'pri');
    await waitFor(() => expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy'));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Priya ShahFrontline Support']);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Priya Shah')).toBeInTheDocument();
    expect(screen.getByText('Say what the kudos are for and pick at least one value.')).toBeInTheDocument();
    expect(send).toBeDisabled();
  });

  it('keeps the points within what is left of the allowance, then sends the kudos', async () => {
    const onSent = renderComposer([{ request: { query: GiveKudosDocument, variables: kudosFor(25) }, result: { data: answer(25) } }]);
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
    const refusal = new GraphQLError('you have 10 kudos points left to give this month', {
      extensions: { code: 'BAD_USER_INPUT', field: 'points' },
    });
    renderComposer([{ request: { query: GiveKudosDocument, variables: kudosFor(20) }, result: { errors: [refusal] } }]);
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
    await choose('leo', 'Leo Martins');
    await userEvent.type(screen.getByLabelText('Message'), 'Thanks');
    await userEvent.click(screen.getByRole('button', { name: 'Empathy' }));
    expect(screen.getByRole('button', { name: 'Send kudos' })).toBeEnabled();
  });

  it('thanks several colleagues at once, charging the points for each, and sends a retry of the same draft with the same key', async () => {
    const onSent = renderComposer([
      { request: { query: GiveKudosDocument, variables: kudosFor(10, 'leo', ['priya']) }, error: new Error('Failed to fetch') },
      { request: { query: GiveKudosDocument, variables: kudosFor(10, 'leo', ['priya']) }, result: { data: answer(20) } },
    ]);
    await fill('20', ['pri', 'Priya Shah']);
    expect(screen.getByText('You have 30 points left to give this month: 2 colleagues × 20 is 40')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Points'));
    await userEvent.type(screen.getByLabelText('Points'), '10');

    await userEvent.click(screen.getByRole('button', { name: 'Send kudos' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send kudos' }));
    expect(await screen.findByText('Kudos sent to Leo Martins and 1 other. They’re on the feed now.')).toBeInTheDocument();
    expect(onSent).toHaveBeenCalledWith('Leo Martins and 1 other');
    expect(keysSent).toHaveLength(2);
    expect(keysSent[1]).toBe(keysSent[0]);
  });
});
