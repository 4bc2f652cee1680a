import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { graphql } from '@/gql';
import { Combobox, type ComboboxOption } from '@/ui';

/** A page of the people directory for a picker: it searches as you type instead of loading everyone. */
export const PeoplePickerQuery = graphql(`
  query PeoplePicker($search: String, $teamId: ID, $managerId: ID) {
    people(search: $search, teamId: $teamId, managerId: $managerId, first: 20) {
      nodes {
        id
        displayName
        team {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

interface PeoplePickerProps {
  label: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  multiple?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  /** Only this team's people. */
  teamId?: string;
  /** Only the people of the teams this person manages. */
  managerId?: string;
  /** People never offered, such as the viewer. */
  exclude?: readonly string[];
}

/** Chooses colleagues by searching the people directory: the first 20 by name, narrowed as you type. */
export function PeoplePicker({ teamId, managerId, exclude = [], ...combobox }: PeoplePickerProps) {
  const [search, setSearch] = useState('');
  const { data, previousData, loading } = useQuery(PeoplePickerQuery, { variables: { search, teamId, managerId } });
  const page = (data ?? previousData)?.people;
  const options: ComboboxOption[] = (page?.nodes ?? [])
    .filter((person) => !exclude.includes(person.id))
    .map((person) => ({ id: person.id, label: person.displayName, detail: person.team?.name }));
  return <Combobox {...combobox} options={options} onSearch={setSearch} loading={loading} more={page?.pageInfo.hasNextPage} />;
}
