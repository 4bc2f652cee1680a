import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Combobox, matchOptions } from './Combobox';

const people = [
  { id: 'zoe', label: 'Zoë Adams', detail: 'Customer Success' },
  { id: 'leo', label: 'Leo Martins', detail: 'Frontline Support' },
  { id: 'jordan', label: 'Jordan Lee', detail: 'Technical Support' },
];

function Harness({ multiple = false }: { multiple?: boolean }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <>
      <Combobox label="Colleague" options={people} selected={selected} onChange={setSelected} multiple={multiple} />
      <output>{selected.join(',')}</output>
    </>
  );
}

describe('Combobox', () => {
  it('matches names and details, ignoring case and accents', () => {
    expect(matchOptions(people, 'zoe').map((option) => option.id)).toEqual(['zoe']);
    expect(matchOptions(people, 'SUPPORT').map((option) => option.id)).toEqual(['leo', 'jordan']);
    expect(matchOptions(people, '  ')).toHaveLength(3);
  });

  it('chooses with the arrows and Enter, and closes with Escape', async () => {
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Colleague' });
    await userEvent.type(input, 'le');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Leo MartinsFrontline Support', 'Jordan LeeTechnical Support']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('jordan');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(input, 'x');
    expect(screen.getByText('Nobody matches “x”')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('keeps several choices as tokens that can be removed', async () => {
    render(<Harness multiple />);
    const input = screen.getByRole('combobox', { name: 'Colleague' });
    await userEvent.type(input, 'zo{Enter}');
    await userEvent.type(input, 'leo');
    await userEvent.click(screen.getByRole('option', { name: /Leo Martins/ }));
    expect(screen.getByRole('status')).toHaveTextContent('zoe,leo');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Zoë Adams' }));
    expect(screen.getByRole('status')).toHaveTextContent('leo');
    await userEvent.type(input, '{Backspace}');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
