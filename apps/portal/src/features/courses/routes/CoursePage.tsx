import { useMutation, useQuery } from '@apollo/client/react';
import { ArrowRight, CheckCircle2, Circle, Clock, RotateCcw, Star, Trophy } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { KIND_LABEL, KindIcon } from '@/shared/courses/kind';
import { QueryError } from '@/shared/QueryError';
import { Alert, BackLink, Button, ButtonLink, Card, Loading, PageHeader, ProgressBar, Tag, duration } from '@/ui';
import { progressCaption } from '../components/progressCaption';
import styles from './CoursePage.module.css';

const CoursePageQuery = graphql(`
  query CoursePage($id: ID!) {
    course(id: $id) {
      id
      title
      summary
      skills
      estimatedMinutes
      points
      status
      myEnrollment {
        id
        status
        progress
        completedAt
      }
      modules {
        id
        position
        title
        kind
        points
        myCompletion {
          id
          passed
          score
        }
      }
    }
  }
`);

const EnrollMutation = graphql(`
  mutation Enroll($courseId: ID!) {
    enroll(courseId: $courseId) {
      id
      status
      progress
      course {
        id
        myEnrollment {
          id
        }
      }
    }
  }
`);

export function CoursePage() {
  const { courseId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(CoursePageQuery, { variables: { id: courseId } });
  const [enroll, enrolling] = useMutation(EnrollMutation);
  if (loading && !data) return <Loading label="Loading the course…" />;
  if (error && !data) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{
          title: 'Course not found',
          body: 'It may have been removed, or it is not published yet.',
          backTo: '/courses',
          backLabel: 'Back to the catalogue',
        }}
      />
    );
  }
  const course = data?.course;
  if (!course) return null;

  const enrollment = course.myEnrollment;
  const next = course.modules.find((module) => !module.myCompletion?.passed);
  const passed = course.modules.filter((module) => module.myCompletion?.passed).length;
  const completed = enrollment?.status === 'COMPLETED';
  const modulePoints = course.modules.reduce((sum, module) => sum + module.points, 0);

  const start = async () => {
    const first = course.modules[0];
    const result = await enroll({ variables: { courseId: course.id } }).catch(() => null);
    if (result?.data && first) navigate(`/courses/${course.id}/modules/${first.id}`);
  };

  return (
    <>
      <BackLink to="/courses">Course catalogue</BackLink>
      <PageHeader
        title={course.title}
        subtitle={course.summary}
        actions={
          completed ? (
            <Tag tone="success" icon={<Trophy size={14} />}>
              Completed
            </Tag>
          ) : enrollment && next ? (
            <ButtonLink to={`/courses/${course.id}/modules/${next.id}`} size="lg" icon={<ArrowRight size={18} />}>
              {passed > 0 ? 'Continue' : 'Start'}
            </ButtonLink>
          ) : (
            course.status === 'PUBLISHED' && (
              <Button size="lg" onClick={() => void start()} busy={enrolling.loading} disabled={course.modules.length === 0}>
                Start course
              </Button>
            )
          )
        }
      />
      {enrolling.error && <Alert>{errorMessage(enrolling.error)}</Alert>}
      <div className={styles.layout}>
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading">Modules</h2>
          <ol className={styles.modules}>
            {course.modules.map((module) => {
              const done = module.myCompletion?.passed;
              const failed = module.myCompletion && !module.myCompletion.passed;
              return (
                <li key={module.id}>
                  <Link to={`/courses/${course.id}/modules/${module.id}`} className={[styles.module, done ? styles.done : ''].join(' ')}>
                    <span className={styles.status} aria-hidden="true">
                      {done ? <CheckCircle2 size={22} /> : failed ? <RotateCcw size={20} /> : <Circle size={22} />}
                    </span>
                    <span className={styles.moduleText}>
                      <span className={styles.moduleKind}>
                        <KindIcon kind={module.kind} size={14} /> Step {module.position} · {KIND_LABEL[module.kind]}
                      </span>
                      <strong>{module.title}</strong>
                      {failed && <span className={styles.retry}>Last score {module.myCompletion?.score}% — try again</span>}
                    </span>
                    <span className={styles.modulePoints}>{done ? 'Passed' : `+${module.points} pts`}</span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>
        <aside>
          <Card>
            <h3>Your progress</h3>
            <ProgressBar
              value={completed ? 1 : course.modules.length ? passed / course.modules.length : 0}
              label={`Progress in ${course.title}`}
              caption={progressCaption(passed, course.modules.length, completed)}
            />
            <dl className={styles.facts}>
              <div>
                <dt>
                  <Clock size={14} aria-hidden="true" /> Time
                </dt>
                <dd>{duration(course.estimatedMinutes)}</dd>
              </div>
              <div>
                <dt>
                  <Star size={14} aria-hidden="true" /> Points
                </dt>
                <dd>
                  {modulePoints} + {course.points} bonus
                </dd>
              </div>
            </dl>
            <div className={styles.skills}>
              {course.skills.map((skill) => (
                <Tag key={skill} tone="brand">
                  {skill}
                </Tag>
              ))}
            </div>
          </Card>
        </aside>
      </div>
    </>
  );
}
