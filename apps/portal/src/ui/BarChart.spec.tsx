import { render, screen, within } from '@testing-library/react';
import { BarChart } from './BarChart';

const weeks = Array.from({ length: 12 }, (_, index) => ({ label: `W${index + 1}`, value: index === 3 ? null : index / 2 }));

describe('BarChart', () => {
  it('gives screen readers every value as a table, formatted, with gaps said as no data', () => {
    render(<BarChart title="Average CSAT per week" bars={weeks} format={(value) => value.toFixed(2)} />);
    const table = screen.getByRole('table', { name: 'Average CSAT per week' });
    expect(within(table).getAllByRole('row')).toHaveLength(12);
    expect(within(table).getByRole('row', { name: 'W3 1.00' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'W4 no data' })).toBeInTheDocument();
  });

  it('draws one bar per value, leaving out the bars with no data', () => {
    const { container } = render(<BarChart title="Modules" bars={weeks} />);
    expect(container.querySelectorAll('rect')).toHaveLength(11);
  });
});
