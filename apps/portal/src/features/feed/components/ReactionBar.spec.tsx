import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactDocument, UnreactDocument } from '@/gql/graphql';
import { ReactionBar, ReactionBarFragment } from './ReactionBar';

type Counts = Record<string, number>;

const celebration = (counts: Counts, mine: string[]) => ({
  __typename: 'Celebration' as const,
  id: 'c1',
  reactions: Object.entries(counts).map(([emoji, count]) => ({ __typename: 'ReactionCount' as const, emoji, count })),
  myReactions: mine,
});

function renderBar(counts: Counts, mine: string[], mocks: unknown[]) {
  const cache = new InMemoryCache();
  const data = celebration(counts, mine);
  cache.writeFragment({ fragment: ReactionBarFragment, data });
  render(
    <MockedProvider cache={cache} mocks={mocks as never}>
      <ReactionBar celebration={data} />
    </MockedProvider>,
  );
}

const button = (name: RegExp) => screen.getByRole('button', { name });

describe('ReactionBar', () => {
  it('offers the six emoji as toggle buttons, the viewer’s own pressed, with their counts', () => {
    renderBar({ '🎉': 3, '👏': 1 }, ['👏'], []);
    expect(screen.getAllByRole('button')).toHaveLength(6);
    expect(button(/^Applause/)).toHaveAttribute('aria-pressed', 'true');
    expect(button(/^Applause/)).toHaveTextContent('1');
    expect(button(/^Celebrate/)).toHaveAttribute('aria-pressed', 'false');
    expect(button(/^Celebrate/)).toHaveTextContent('3');
    expect(button(/^Inspiring/)).toHaveAccessibleName('Inspiring');
    // Each drawn as an icon: no emoji character for a system without a colour emoji font to show as a box.
    for (const reaction of screen.getAllByRole('button')) {
      expect(reaction.querySelector('svg')).not.toBeNull();
      expect(reaction.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it('shows the viewer’s reaction at once, before the server answers', async () => {
    const answer = celebration({ '🎉': 4 }, ['🎉']);
    renderBar(
      { '🎉': 3 },
      [],
      [
        {
          request: { query: ReactDocument, variables: { celebrationId: 'c1', emoji: '🎉' } },
          result: { data: { react: answer } },
          delay: 300,
        },
      ],
    );
    await userEvent.click(button(/^Celebrate/));
    expect(button(/^Celebrate/)).toHaveAttribute('aria-pressed', 'true');
    expect(button(/^Celebrate/)).toHaveTextContent('4');
    await waitFor(() => expect(button(/^Celebrate/)).toHaveTextContent('4'));
  });

  it('takes a reaction back, and puts it again when the server refuses', async () => {
    renderBar(
      { '🔥': 2 },
      ['🔥'],
      [{ request: { query: UnreactDocument, variables: { celebrationId: 'c1', emoji: '🔥' } }, error: new Error('offline'), delay: 100 }],
    );
    await userEvent.click(button(/^On fire/));
    expect(button(/^On fire/)).toHaveAttribute('aria-pressed', 'false');
    expect(button(/^On fire/)).toHaveTextContent('1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not save your reaction');
    expect(button(/^On fire/)).toHaveAttribute('aria-pressed', 'true');
    expect(button(/^On fire/)).toHaveTextContent('2');
  });
});
