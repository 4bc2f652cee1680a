import { useQuery } from '@apollo/client/react';
import { BookOpen, Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '@/gql';
import { CourseCard } from '@/shared/courses/CourseCard';
import gridStyles from '@/shared/courses/CourseGrid.module.css';
import { QueryError } from '@/shared/QueryError';
import { Chip, EmptyState, Loading, PageHeader } from '@/ui';
import styles from './CataloguePage.module.css';

const CatalogueQuery = graphql(`
  query Catalogue($skill: String) {
    allSkills: courses(status: PUBLISHED) {
      id
      skills
    }
    courses(status: PUBLISHED, skill: $skill) {
      id
      title
      summary
      ...CourseCard_course
    }
  }
`);

export function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const skill = params.get('skill');
  const [search, setSearch] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(CatalogueQuery, { variables: { skill } });
  const shown = data ?? previousData;
  const skills = useMemo(() => [...new Set(shown?.allSkills.flatMap((course) => course.skills) ?? [])].sort(), [shown]);
  const courses = useMemo(() => {
    const words = search.trim().toLowerCase();
    return (shown?.courses ?? []).filter((course) => !words || `${course.title} ${course.summary}`.toLowerCase().includes(words));
  }, [shown, search]);

  const pickSkill = (next: string | null) => setParams(next ? { skill: next } : {}, { replace: true });

  return (
    <>
      <PageHeader title="Course catalogue" subtitle="Every course your organisation offers. Filter by the skill you want to grow." />
      <div className={styles.filters}>
        <div className={styles.search}>
          <Search size={18} aria-hidden="true" />
          <input
            type="search"
            placeholder="Search courses"
            aria-label="Search courses"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className={styles.chips} role="group" aria-label="Filter by skill">
          <Chip selected={!skill} onClick={() => pickSkill(null)}>
            All skills
          </Chip>
          {skills.map((name) => (
            <Chip key={name} selected={skill === name} onClick={() => pickSkill(skill === name ? null : name)}>
              {name}
            </Chip>
          ))}
        </div>
      </div>
      {error && !shown ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <Loading label="Loading courses…" />
      ) : courses.length === 0 ? (
        <EmptyState icon={<BookOpen size={26} />} title={search || skill ? 'No course matches' : 'No courses yet'}>
          {search || skill ? 'Try another skill or clear the search.' : 'Once a manager publishes a course, it appears here.'}
        </EmptyState>
      ) : (
        <div className={gridStyles.grid} aria-busy={loading}>
          {courses.map((course) => (
            <CourseCard key={course.id} course={course} />
          ))}
        </div>
      )}
    </>
  );
}
