import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Combobox, matchOptions, type ComboboxOption } from './Combobox';

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
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Leo MartinsFrontline Support',
      'Jordan LeeTechnical Support',
    ]);
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

  describe('searching elsewhere as you type', () => {
    /** A search that answers when the test says so, as a server would. */
    function SearchHarness({ searches }: { searches: string[] }) {
      const [selected, setSelected] = useState<string[]>([]);
      const [found, setFound] = useState<readonly ComboboxOption[]>(people);
      const [loading, setLoading] = useState(false);
      const onSearch = (query: string) => {
        searches.push(query);
        setLoading(true);
        setTimeout(() => {
          act(() => {
            setFound(
              people.filter((person) =>
                person.label
                  .toLowerCase()
                  .split(' ')
                  .some((word) => word.startsWith(query.toLowerCase())),
              ),
            );
            setLoading(false);
          });
        }, 50);
      };
      return (
        <>
          <Combobox
            label="Colleague"
            options={found}
            selected={selected}
            onChange={setSelected}
            onSearch={onSearch}
            loading={loading}
            multiple
          />
          <output>{selected.join(',')}</output>
        </>
      );
    }

    const settled = () => waitFor(() => expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy'));
    const shown = () => screen.getAllByRole('option').map((option) => option.firstChild?.textContent);

    it('searches once typing pauses, says it is searching, then shows what was found', async () => {
      const searches: string[] = [];
      render(<SearchHarness searches={searches} />);
      const input = screen.getByRole('combobox', { name: 'Colleague' });
      await userEvent.type(input, 'lee');
      expect(screen.getByText('Searching…')).toBeInTheDocument();
      expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
      await settled();
      expect(searches).toEqual(['lee']);
      expect(shown()).toEqual(['Jordan Lee']);
      expect(screen.queryByText('Searching…')).not.toBeInTheDocument();
    });

    it('says when nobody matches', async () => {
      render(<SearchHarness searches={[]} />);
      await userEvent.type(screen.getByRole('combobox', { name: 'Colleague' }), 'xavier');
      await settled();
      expect(screen.getByText('Nobody matches “xavier”')).toBeInTheDocument();
    });

    it('keeps the keyboard working and the names of earlier choices when a later search no longer lists them', async () => {
      render(<SearchHarness searches={[]} />);
      const input = screen.getByRole('combobox', { name: 'Colleague' });
      await userEvent.type(input, 'zo');
      await settled();
      await userEvent.keyboard('{Enter}');
      await userEvent.type(input, 'l');
      await settled();
      expect(shown()).toEqual(['Leo Martins', 'Jordan Lee']);
      await userEvent.keyboard('{ArrowDown}{Enter}');
      expect(screen.getByRole('status')).toHaveTextContent('zoe,jordan');
      expect(screen.getByRole('button', { name: 'Remove Zoë Adams' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove Jordan Lee' })).toBeInTheDocument();
    });

    it('never lets Enter pick a choice that does not match what was typed while the search is on its way', async () => {
      render(<SearchHarness searches={[]} />);
      const input = screen.getByRole('combobox', { name: 'Colleague' });
      await userEvent.type(input, 'jor{Enter}');
      expect(screen.getByRole('status')).toHaveTextContent('jordan');
    });
  });
});
