import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { recentWeeks, type LocalDay } from '@laurels/domain';
import { WeekPicker } from './WeekPicker';

// Monday 23 November 2026, 09:00 in Auckland; still Sunday 22 November in London.
const NOW = new Date('2026-11-22T20:00:00Z');

function Harness({ timeZone, onChange = () => undefined }: { timeZone: string; onChange?: (monday: LocalDay) => void }) {
  const weeks = recentWeeks(NOW, timeZone, 12);
  const [value, setValue] = useState(weeks[0]!.monday);
  return (
    <>
      <WeekPicker
        weeks={weeks}
        value={value}
        onChange={(monday) => {
          setValue(monday);
          onChange(monday);
        }}
      />
      <output>{value}</output>
    </>
  );
}

describe('WeekPicker', () => {
  it('offers this week, last week and ten dated weeks before them', () => {
    render(<Harness timeZone="Pacific/Auckland" />);
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toHaveLength(12);
    expect(options.slice(0, 4)).toEqual(['This week', 'Last week', '9–15 Nov', '2–8 Nov']);
    expect(screen.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-11-23');
  });

  it('counts weeks in the organisation’s zone: in London the same instant is still the week of 16 November', () => {
    render(<Harness timeZone="Europe/London" />);
    expect(screen.getByRole('combobox', { name: 'Week' })).toHaveValue('2026-11-16');
    expect(screen.getAllByRole('option')[2]).toHaveTextContent('2–8 Nov');
  });

  it('steps back and forward a week at a time, and cannot go past this week', async () => {
    const onChange = vi.fn();
    render(<Harness timeZone="Pacific/Auckland" onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Next week' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(screen.getByRole('status')).toHaveTextContent('2026-11-09');
    await userEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(onChange.mock.calls.map(([monday]) => monday)).toEqual(['2026-11-16', '2026-11-09', '2026-11-16']);
  });

  it('jumps to a week chosen from the list, and stops at the oldest', async () => {
    render(<Harness timeZone="Pacific/Auckland" />);
    const select = screen.getByRole('combobox', { name: 'Week' });
    await userEvent.selectOptions(select, screen.getAllByRole('option')[11]!);
    expect(select).toHaveValue('2026-09-07');
    expect(screen.getByRole('button', { name: 'Previous week' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next week' })).toBeEnabled();
  });
});
