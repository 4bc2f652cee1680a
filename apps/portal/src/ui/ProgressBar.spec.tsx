import { render, screen } from '@testing-library/react';
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('reports its value to assistive technology as a rounded percentage', () => {
    render(<ProgressBar value={0.666} label="Course progress" caption="2 of 3 modules" />);
    const bar = screen.getByRole('progressbar', { name: 'Course progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '67');
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 modules');
    expect(screen.getByText('2 of 3 modules')).toBeInTheDocument();
  });

  it('clamps values outside 0..1', () => {
    render(<ProgressBar value={1.7} label="Over" />);
    expect(screen.getByRole('progressbar', { name: 'Over' })).toHaveAttribute('aria-valuenow', '100');
  });
});
