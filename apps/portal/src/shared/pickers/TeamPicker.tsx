import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { Combobox } from '@/ui';

/** The organisation's teams whose name contains what was typed, for a picker: 20 of them, and whether there are more. */
export const TeamPickerQuery = graphql(`
  query TeamPicker($search: String) {
    organization {
      id
      teams(search: $search, first: 21) {
        id
        name
      }
    }
  }
`);

interface TeamPickerProps {
  label: string;
  /** The chosen team's id, or '' for none. */
  value: string;
  onChange: (teamId: string) => void;
  placeholder?: string;
  error?: string | null;
  /** The team chosen when the picker opens, so that it shows by name before any search. */
  current?: { readonly id: string; readonly name: string } | null;
}

/** Chooses one team by searching the organisation's teams as you type. */
export function TeamPicker({ value, onChange, current, ...combobox }: TeamPickerProps) {
  const [search, setSearch] = useState('');
  const { data, previousData, loading } = useQuery(TeamPickerQuery, { variables: { search } });
  const teams = (data ?? previousData)?.organization.teams ?? [];
  return (
    <Combobox
      {...combobox}
      options={teams.slice(0, 20).map((team) => ({ id: team.id, label: team.name }))}
      selected={value ? [value] : []}
      onChange={(ids) => onChange(ids.at(-1) ?? '')}
      onSearch={setSearch}
      loading={loading}
      more={teams.length > 20}
      nothingFound={(query) => `No team matches “${query}”`}
      initiallyChosen={current ? [{ id: current.id, label: current.name }] : []}
    />
  );
}
