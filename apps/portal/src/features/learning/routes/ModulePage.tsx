import { useQuery } from '@apollo/client/react';
import { ArrowLeft, ArrowRight, CheckCircle2 } from 'lucide-react';
import { useParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { KIND_LABEL, KindIcon } from '@/shared/courses/kind';
import { QueryError } from '@/shared/QueryError';
import { Alert, BackLink, Button, ButtonLink, Card, EmptyState, Loading, ProgressBar, Tag } from '@/ui';
import { Markdown } from '@/ui/Markdown';
import { QuizPlayer } from '../components/QuizPlayer';
import { useCompleteModule } from '../hooks/useCompleteModule';
import styles from './ModulePage.module.css';

const ModulePageQuery = graphql(`
  query ModulePage($courseId: ID!, $moduleId: ID!) {
    course(id: $courseId) {
      id
      title
      points
      myEnrollment {
        id
        status
        progress
      }
      modules {
        id
        position
        title
        myCompletion {
          id
          passed
        }
      }
    }
    module(id: $moduleId) {
      id
      title
      kind
      body
      points
      myCompletion {
        id
        passed
      }
      ...QuizPlayer_module
    }
  }
`);

export function ModulePage() {
  const { courseId = '', moduleId = '' } = useParams();
  // The course's steps by title, and the one step being read with its body and questions.
  const { data, loading, error, refetch } = useQuery(ModulePageQuery, { variables: { courseId, moduleId } });
  const course = data?.course;
  const index = course?.modules.findIndex((module) => module.id === moduleId) ?? -1;
  const module = course && index >= 0 ? data.module : null;
  const [complete, completing] = useCompleteModule(module?.title ?? '', course?.title ?? '');

  if (loading && !data) return <Loading label="Loading the module…" />;
  if (error && !data) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'Course or module not found', backTo: '/courses', backLabel: 'Back to the catalogue' }}
      />
    );
  }
  if (!course) return null;
  if (!module) {
    return <EmptyState title="Module not found" action={<ButtonLink to={`/courses/${course.id}`}>Back to the course</ButtonLink>} />;
  }

  const previous = course.modules[index - 1];
  const next = course.modules[index + 1];
  const passed = module.myCompletion?.passed ?? false;
  const scored = module.kind === 'QUIZ' || module.kind === 'SCENARIO';
  const passedCount = course.modules.filter((m) => m.myCompletion?.passed).length;

  return (
    <article className={styles.page}>
      <BackLink to={`/courses/${course.id}`} aside={`Step ${index + 1} of ${course.modules.length}`}>
        {course.title}
      </BackLink>
      <ProgressBar value={passedCount / course.modules.length} label="Course progress" size="sm" />

      <header className={styles.header}>
        <span className={styles.kind}>
          <KindIcon kind={module.kind} size={16} /> {KIND_LABEL[module.kind]}
        </span>
        <h1>{module.title}</h1>
        <div className={styles.meta}>
          {passed ? (
            <Tag tone="success" icon={<CheckCircle2 size={14} />}>
              Passed
            </Tag>
          ) : (
            <Tag tone="gold">+{module.points} points</Tag>
          )}
        </div>
      </header>

      {module.body && (
        <Card className={styles.body}>
          <Markdown>{module.body}</Markdown>
        </Card>
      )}

      {scored ? (
        <QuizPlayer
          key={module.id}
          module={module}
          submitting={completing.loading}
          error={completing.error ? errorMessage(completing.error) : null}
          onSubmit={(answers) => complete(module.id, answers)}
        />
      ) : (
        !passed && (
          <div className={styles.complete}>
            {completing.error && <Alert>{errorMessage(completing.error)}</Alert>}
            <Button size="lg" busy={completing.loading} onClick={() => void complete(module.id)} icon={<CheckCircle2 size={18} />}>
              Mark as complete
            </Button>
          </div>
        )
      )}

      <footer className={styles.pager}>
        {previous ? (
          <ButtonLink variant="secondary" to={`/courses/${course.id}/modules/${previous.id}`} icon={<ArrowLeft size={16} />}>
            {previous.title}
          </ButtonLink>
        ) : (
          <span />
        )}
        {next ? (
          <ButtonLink variant={passed ? 'primary' : 'secondary'} to={`/courses/${course.id}/modules/${next.id}`}>
            Next: {next.title} <ArrowRight size={16} aria-hidden="true" />
          </ButtonLink>
        ) : (
          <ButtonLink variant={passed ? 'primary' : 'secondary'} to={`/courses/${course.id}`}>
            Back to the course <ArrowRight size={16} aria-hidden="true" />
          </ButtonLink>
        )}
      </footer>
    </article>
  );
}
