import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { FeedItem_CelebrationFragment } from '@/gql/graphql';
import { ReactionBarFragment } from './ReactionBar';
import { FeedItem } from './FeedItem';

const priya = { __typename: 'User' as const, id: 'u1', displayName: 'Priya Shah' };
const at = '2026-12-06T10:00:00.000Z';

const moment = (id: string, kind: FeedItem_CelebrationFragment['kind'], title: string, level: number | null = null) => ({
  __typename: 'Celebration' as const,
  id,
  kind,
  title,
  icon: 'star',
  createdAt: at,
  level,
});

function card(overrides: Partial<FeedItem_CelebrationFragment>): FeedItem_CelebrationFragment {
  return {
    ...moment('c1', 'COURSE_COMPLETED', 'Priya Shah completed “Calm voices”'),
    body: null,
    customerName: null,
    grouped: [],
    user: priya,
    people: [priya],
    actor: null,
    team: null,
    kudos: null,
    reactions: [],
    myReactions: [],
    comments: [],
    ...overrides,
  } as FeedItem_CelebrationFragment;
}

function renderCard(celebration: FeedItem_CelebrationFragment) {
  const cache = new InMemoryCache();
  cache.writeFragment({ fragment: ReactionBarFragment, data: celebration });
  render(
    <MockedProvider cache={cache}>
      <FeedItem celebration={celebration} />
    </MockedProvider>,
    { wrapper: MemoryRouter },
  );
}

describe('FeedItem', () => {
  it('tells a person’s grouped moments in one sentence, each moment listed behind a disclosure', async () => {
    renderCard(
      card({
        grouped: [
          moment('c2', 'CERTIFICATION_EARNED', 'Priya Shah is now certified: “Phone Ready”'),
          moment('c3', 'BADGE_EARNED', 'Priya Shah earned the “Course Finisher” badge'),
          moment('c4', 'COURSE_COMPLETED', 'Priya Shah completed “Warm welcomes”'),
          moment('c5', 'LEVEL_UP', 'Priya Shah reached level 5: Service Pro', 5),
        ],
      }),
    );
    const article = screen.getByRole('article', { name: 'Priya Shah: certified, a badge, 2 courses and level 5' });
    expect(within(article).getByText('Achievements')).toBeInTheDocument();
    const disclosure = within(article).getByText('See each of the 5 moments');
    expect(within(article).getByText('Priya Shah reached level 5: Service Pro')).not.toBeVisible();
    await userEvent.click(disclosure);
    expect([...article.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Priya Shah completed “Calm voices”',
      'Priya Shah is now certified: “Phone Ready”',
      'Priya Shah earned the “Course Finisher” badge',
      'Priya Shah completed “Warm welcomes”',
      'Priya Shah reached level 5: Service Pro',
    ]);
    expect(within(article).getByText('Priya Shah reached level 5: Service Pro')).toBeVisible();
  }, 20_000);

  it('keeps a moment of its own under its own title, with no disclosure', () => {
    renderCard(card({}));
    expect(screen.getByRole('article', { name: 'Priya Shah completed “Calm voices”' })).toBeInTheDocument();
    expect(screen.queryByText(/See each of/)).toBeNull();
  });

  it('names the customer who praised in the byline, as the title does', () => {
    const praise = { kind: 'CUSTOMER_PRAISE' as const, body: 'Patient and kind', icon: 'heart' };
    renderCard(card({ ...praise, title: 'Marta Silva praised Priya Shah', customerName: 'Marta Silva' }));
    expect(screen.getByRole('figure')).toHaveTextContent('Marta Silva, about Priya Shah');
    expect(within(screen.getByRole('figure')).getByRole('link', { name: 'Priya Shah' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/people\//),
    );
  });

  it('says “A customer” when the customer gave no name', () => {
    renderCard(card({ kind: 'CUSTOMER_PRAISE', body: 'Patient and kind', title: 'A customer praised Priya Shah' }));
    expect(screen.getByRole('figure')).toHaveTextContent('A customer, about Priya Shah');
  });
});
