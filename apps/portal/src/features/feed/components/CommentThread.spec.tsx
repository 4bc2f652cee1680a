import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CommentOnCelebrationDocument } from '@/gql/graphql';
import { CommentThread } from './CommentThread';

const comment = (index: number) => ({
  __typename: 'CelebrationComment' as const,
  id: `m${index}`,
  body: `Comment ${index}`,
  createdAt: new Date().toISOString(),
  author: { __typename: 'User' as const, id: 'u1', displayName: 'Priya Shah' },
});

const celebration = (count: number) => ({
  __typename: 'Celebration' as const,
  id: 'c1',
  comments: Array.from({ length: count }, (_, index) => comment(index + 1)),
});

function renderThread(count: number, mocks: unknown[] = []) {
  render(
    <MemoryRouter>
      <MockedProvider mocks={mocks as never}>
        <CommentThread celebration={celebration(count)} />
      </MockedProvider>
    </MemoryRouter>,
  );
}

describe('CommentThread', () => {
  it('shows the last two comments until all are asked for', async () => {
    renderThread(4);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Comment 3'),
      expect.stringContaining('Comment 4'),
    ]);
    // Each author's name opens their profile.
    expect(screen.getAllByRole('link', { name: 'Priya Shah' })[0]).toHaveAttribute('href', '/people/u1');
    await userEvent.click(screen.getByRole('button', { name: 'Show all 4 comments' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  it('sends with Enter and starts a new line with Shift+Enter', async () => {
    const sent = vi.fn(() => ({ data: { comment: { ...comment(9), body: 'Well done!\nReally.' } } }));
    renderThread(1, [
      { request: { query: CommentOnCelebrationDocument, variables: { celebrationId: 'c1', body: 'Well done!\nReally.' } }, result: sent },
    ]);
    const box = screen.getByRole('textbox', { name: 'Write a comment' });
    await userEvent.type(box, 'Well done!{Shift>}{Enter}{/Shift}Really.');
    expect(box).toHaveValue('Well done!\nReally.');
    expect(sent).not.toHaveBeenCalled();
    await userEvent.type(box, '{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('stays folded away under a moment nobody commented on', () => {
    renderThread(0);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
