import { render, screen } from '@testing-library/react';
import { PageHeader } from './PageHeader';

describe('PageHeader', () => {
  it('names the browser tab after the page', () => {
    render(<PageHeader title="Feed" subtitle="What everyone achieved" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Feed' })).toBeInTheDocument();
    expect(document.title).toBe('Feed · Laurels');
  });
});
