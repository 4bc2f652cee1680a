import { useMutation, useQuery } from '@apollo/client/react';
import { Eye, Rocket } from 'lucide-react';
import { useParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { KIND_LABEL, KindIcon } from '@/shared/courses/kind';
import { QueryError } from '@/shared/QueryError';
import { Alert, BackLink, Button, ButtonLink, Card, EmptyState, Loading, PageHeader, Tag } from '@/ui';
import { AddModuleForm } from '../components/AddModuleForm';
import styles from './StudioCoursePage.module.css';

const StudioCourseQuery = graphql(`
  query StudioCourse($id: ID!) {
    course(id: $id) {
      id
      title
      summary
      status
      skills
      points
      modules {
        id
        position
        title
        kind
        points
        passingScore
        questions {
          id
        }
      }
    }
  }
`);

const PublishCourseMutation = graphql(`
  mutation PublishCourse($courseId: ID!) {
    publishCourse(courseId: $courseId) {
      id
      status
    }
  }
`);

export function StudioCoursePage() {
  const { courseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(StudioCourseQuery, { variables: { id: courseId } });
  const [publish, publishing] = useMutation(PublishCourseMutation);
  if (loading && !data) return <Loading label="Loading the course…" />;
  if (error && !data) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'Course not found', backTo: '/studio', backLabel: 'Back to the studio' }}
      />
    );
  }
  const course = data?.course;
  if (!course) return null;
  const draft = course.status === 'DRAFT';

  return (
    <>
      <BackLink to="/studio">Course studio</BackLink>
      <PageHeader
        eyebrow={<Tag tone={draft ? 'info' : 'success'}>{course.status.toLowerCase()}</Tag>}
        title={course.title}
        subtitle={course.summary}
        actions={
          draft ? (
            <Button
              icon={<Rocket size={18} />}
              busy={publishing.loading}
              disabled={course.modules.length === 0}
              title={course.modules.length === 0 ? 'Add a module first' : undefined}
              onClick={() => void publish({ variables: { courseId: course.id } }).catch(() => null)}
            >
              Publish
            </Button>
          ) : (
            <ButtonLink to={`/courses/${course.id}`} variant="secondary" icon={<Eye size={18} />}>
              View as a learner
            </ButtonLink>
          )
        }
      />
      {publishing.error && <Alert>{errorMessage(publishing.error)}</Alert>}
      <div className={styles.layout}>
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading">Modules</h2>
          {course.modules.length === 0 ? (
            <EmptyState title="No modules yet">Add a lesson, a quiz or a role-play scenario to get started.</EmptyState>
          ) : (
            <ol className={styles.modules}>
              {course.modules.map((module) => (
                <li key={module.id} className={styles.module}>
                  <span className={styles.position}>{module.position}</span>
                  <KindIcon kind={module.kind} />
                  <span className={styles.moduleTitle}>{module.title}</span>
                  <span className={styles.moduleMeta}>
                    {KIND_LABEL[module.kind]}
                    {module.questions.length > 0 && ` · ${module.questions.length} questions · pass at ${module.passingScore}%`} ·{' '}
                    {module.points} pts
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside>
          {draft ? (
            <Card>
              <h2>Add a module</h2>
              <AddModuleForm courseId={course.id} />
            </Card>
          ) : (
            <Card>
              <h3>Published</h3>
              <p className={styles.note}>
                Learners can take this course now. Published courses keep their modules so that everyone’s progress stays comparable.
              </p>
            </Card>
          )}
        </aside>
      </div>
    </>
  );
}
