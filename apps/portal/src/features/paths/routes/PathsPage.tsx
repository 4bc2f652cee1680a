import { useQuery } from '@apollo/client/react';
import { CheckCircle2, Pencil, Plus, Route as RouteIcon } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { canAuthor, useViewer } from '@/shared/viewer';
import { Button, Card, EmptyState, Loading, PageHeader, ProgressBar, Tag, plural } from '@/ui';
import { PathEditor } from '../components/PathEditor';
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
        status
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
  const viewer = useViewer();
  const author = canAuthor(viewer.data?.me.role);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Learning paths"
        subtitle="Courses in the order that builds a skill step by step."
        actions={
          author &&
          editing !== 'new' && (
            <Button icon={<Plus size={18} />} onClick={() => setEditing('new')}>
              New learning path
            </Button>
          )
        }
      />
      {editing === 'new' && (
        <Card className={styles.editor}>
          <h2>New learning path</h2>
          <PathEditor initial={{ title: '', description: '', courses: [] }} onDone={() => setEditing(null)} />
        </Card>
      )}
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
            if (editing === path.id) {
              return (
                <Card key={path.id}>
                  <h2>Edit “{path.title}”</h2>
                  <PathEditor pathId={path.id} initial={path} onDone={() => setEditing(null)} />
                </Card>
              );
            }
            return (
              <Card key={path.id}>
                <div className={styles.head}>
                  <div>
                    <h2>{path.title}</h2>
                    <p className={styles.description}>{path.description}</p>
                  </div>
                  <div className={styles.summary}>
                    {author && (
                      <Button
                        variant="secondary"
                        size="sm"
                        icon={<Pencil size={16} />}
                        aria-label={`Edit “${path.title}”`}
                        onClick={() => setEditing(path.id)}
                      >
                        Edit
                      </Button>
                    )}
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
                        {course.status !== 'PUBLISHED' && (
                          <Tag tone={course.status === 'ARCHIVED' ? 'neutral' : 'info'}>{course.status.toLowerCase()}</Tag>
                        )}
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
