import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { Combobox } from '@/ui';
import type { PathCourse } from './pathDraft';

/** Twenty courses whose title holds what was typed: the picker never loads the whole catalogue. */
export const CoursePickerQuery = graphql(`
  query CoursePicker($search: String) {
    courses(search: $search, first: 21) {
      id
      title
      status
    }
  }
`);

interface CoursePickerProps {
  label: string;
  /** Courses already chosen, not offered again. */
  exclude: readonly string[];
  onPick: (course: PathCourse) => void;
  error?: string | null;
}

/** Finds a course by title to add to a learning path; archived ones are not offered, as nobody can take them. */
export function CoursePicker({ label, exclude, onPick, error }: CoursePickerProps) {
  const [search, setSearch] = useState('');
  const { data, previousData, loading } = useQuery(CoursePickerQuery, { variables: { search } });
  const found = ((data ?? previousData)?.courses ?? []).filter((course) => course.status !== 'ARCHIVED' && !exclude.includes(course.id));
  return (
    <Combobox
      label={label}
      placeholder="Search courses by title"
      options={found
        .slice(0, 20)
        .map((course) => ({ id: course.id, label: course.title, detail: course.status === 'DRAFT' ? 'Draft' : null }))}
      selected={[]}
      onChange={(ids) => {
        const course = found.find((candidate) => candidate.id === ids.at(-1));
        if (course) onPick(course);
      }}
      onSearch={setSearch}
      loading={loading}
      more={found.length > 20}
      error={error}
      nothingFound={(query) => `No course matches “${query}”`}
    />
  );
}
