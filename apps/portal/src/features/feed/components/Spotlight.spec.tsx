import { render as renderOn, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Spotlight_CelebrationFragment } from '@/gql/graphql';
import { Spotlight } from './Spotlight';

/** Names link to profiles: the spotlight renders inside a router. */
const render = (ui: ReactElement) => renderOn(ui, { wrapper: MemoryRouter });

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const moment = (
  id: string,
  title: string,
  hours: number,
  reactions: Record<string, number>,
  comments = 0,
): Spotlight_CelebrationFragment => ({
  __typename: 'Celebration',
  id,
  kind: 'SUCCESS_STORY',
  icon: null,
  title,
  createdAt: hoursAgo(hours),
  level: null,
  grouped: [],
  user: null,
  reactions: Object.entries(reactions).map(([emoji, count]) => ({ __typename: 'ReactionCount', emoji, count })),
  comments: Array.from({ length: comments }, (_, index) => ({ __typename: 'CelebrationComment', id: `${id}-${index}` })),
});

describe('Spotlight', () => {
  it('ranks the week’s moments by reactions and comments, three at most, with their counts', () => {
    render(
      <Spotlight
        celebrations={[
          moment('a', 'Quiet one', 1, {}),
          moment('b', 'Most loved', 30, { '🎉': 3, '👏': 1 }, 1),
          moment('c', 'Runner-up', 2, { '❤️': 2 }),
          moment('d', 'Third', 5, { '🔥': 1 }),
          moment('e', 'Last month', 24 * 30, { '🎉': 9 }),
          moment('f', 'Fourth', 50, { '💡': 1 }),
        ]}
      />,
    );
    const entries = within(screen.getByRole('region', { name: 'Spotlight' })).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('link').textContent)).toEqual(['Most loved', 'Runner-up', 'Third']);
    // Drawn as icons, never as emoji characters a system without a colour emoji font shows as boxes.
    expect(entries[0]).toHaveTextContent('1Most loved 4 reactions 1 comment');
    expect(entries[0]!.querySelectorAll('.lucide-party-popper, .lucide-thumbs-up')).toHaveLength(2);
    expect(entries[0]).toHaveTextContent(/1 comment$/);
    expect(entries[1]).toHaveTextContent('2 reactions');
    expect(entries[1]!.querySelector('.lucide-heart')).not.toBeNull();
    expect(entries[2]).toHaveTextContent(/1 reaction$/);
    expect(entries[2]!.querySelector('.lucide-flame')).not.toBeNull();
    expect(within(entries[0]!).getByRole('link')).toHaveAttribute('href', '#celebration-b');
  });

  it('says how a moment gets there when nothing has been reacted to this week', () => {
    render(<Spotlight celebrations={[moment('a', 'Quiet one', 1, {}), moment('e', 'Last month', 24 * 30, { '🎉': 9 })]} />);
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText(/a reaction or a comment puts a moment here/)).toBeInTheDocument();
  });

  it('tells a card of several moments in one sentence', () => {
    const priya = { __typename: 'User' as const, id: 'u1', displayName: 'Priya Shah' };
    const card: Spotlight_CelebrationFragment = {
      ...moment('g', 'Priya Shah is now certified: “Phone Ready”', 1, { '🎉': 2 }),
      kind: 'CERTIFICATION_EARNED',
      user: priya,
      grouped: [
        { __typename: 'Celebration', id: 'g2', kind: 'BADGE_EARNED', level: null },
        { __typename: 'Celebration', id: 'g3', kind: 'LEVEL_UP', level: 5 },
      ],
    };
    render(<Spotlight celebrations={[card]} />);
    expect(screen.getByRole('link', { name: 'Priya Shah: certified, a badge and level 5' })).toHaveAttribute('href', '#celebration-g');
  });
});
