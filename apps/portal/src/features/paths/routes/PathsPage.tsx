import { useQuery } from '@apollo/client/react';
import { CheckCircle2, Route as RouteIcon } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { Card, EmptyState, Loading, PageHeader, ProgressBar, Tag, plural } from '@/ui';
import styles from './PathsPage.module.css';

const PathsQuery = graphql(`
  query Paths {
    learningPaths {
      id
      title
      description
      courses {
        id
        title
        estimatedMinutes
        myEnrollment {
          id
          status
          progress
        }
      }
    }
  }
`);

export function PathsPage() {
  const { data, loading, error, refetch } = useQuery(PathsQuery);
  return (
    <>
      <PageHeader title="Learning paths" subtitle="Courses in the order that builds a skill step by step." />
      {loading && !data ? (
        <Loading label="Loading learning paths…" />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data?.learningPaths.length === 0 ? (
        <EmptyState icon={<RouteIcon size={26} />} title="No learning paths yet">
          Managers can group courses into paths, like onboarding for new hires.
        </EmptyState>
      ) : (
        <div className={styles.paths}>
          {data?.learningPaths.map((path) => {
            const done = path.courses.filter((course) => course.myEnrollment?.status === 'COMPLETED').length;
            return (
              <Card key={path.id}>
                <div className={styles.head}>
                  <div>
                    <h2>{path.title}</h2>
                    <p className={styles.description}>{path.description}</p>
                  </div>
                  <div className={styles.summary}>
                    <ProgressBar
                      value={path.courses.length ? done / path.courses.length : 0}
                      label={`Progress in ${path.title}`}
                      caption={`${done} of ${plural(path.courses.length, 'course')} completed`}
                    />
                  </div>
                </div>
                <ol className={styles.steps}>
                  {path.courses.map((course, index) => {
                    const status = course.myEnrollment?.status;
                    return (
                      <li key={course.id} className={status === 'COMPLETED' ? styles.doneStep : ''}>
                        <span className={styles.marker} aria-hidden="true">
                          {status === 'COMPLETED' ? <CheckCircle2 size={20} /> : index + 1}
                        </span>
                        <Link to={`/courses/${course.id}`}>{course.title}</Link>
                        {status === 'IN_PROGRESS' && <Tag tone="brand">{Math.round((course.myEnrollment?.progress ?? 0) * 100)}%</Tag>}
                        {status === 'COMPLETED' && <Tag tone="success">Done</Tag>}
                      </li>
                    );
                  })}
                </ol>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
