import { useMutation, useQuery } from '@apollo/client/react';
import { Archive, ArrowDown, ArrowUp, Eye, Pencil, Rocket, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { KIND_LABEL, KindIcon, questionCount } from '@/shared/courses/kind';
import { QueryError } from '@/shared/QueryError';
import { Alert, BackLink, Button, ButtonLink, Card, ConfirmDialog, EmptyState, Loading, PageHeader, Tag } from '@/ui';
import { CourseDetailsForm } from '../components/CourseDetailsForm';
import { AddModuleForm, EditModuleForm } from '../components/ModuleForm';
import styles from './StudioCoursePage.module.css';

const StudioCourseQuery = graphql(`
  query StudioCourse($id: ID!) {
    course(id: $id) {
      id
      title
      summary
      status
      skills
      estimatedMinutes
      points
      modules {
        id
        position
        title
        kind
        body
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

const MoveModuleMutation = graphql(`
  mutation MoveModule($moduleId: ID!, $position: Int!) {
    moveModule(moduleId: $moduleId, position: $position) {
      id
      modules {
        id
        position
      }
    }
  }
`);

const RemoveModuleMutation = graphql(`
  mutation RemoveModule($moduleId: ID!) {
    removeModule(moduleId: $moduleId) {
      id
      modules {
        id
        position
      }
    }
  }
`);

const ArchiveCourseMutation = graphql(`
  mutation ArchiveCourse($courseId: ID!) {
    archiveCourse(courseId: $courseId) {
      id
      status
    }
  }
`);

const STATUS_TONE = { DRAFT: 'info', PUBLISHED: 'success', ARCHIVED: 'neutral' } as const;

export function StudioCoursePage() {
  const { courseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(StudioCourseQuery, { variables: { id: courseId } });
  const [publish, publishing] = useMutation(PublishCourseMutation);
  const [move, moving] = useMutation(MoveModuleMutation);
  const [remove, removing] = useMutation(RemoveModuleMutation, { refetchQueries: ['StudioCourse'], awaitRefetchQueries: true });
  const [archive, archiving] = useMutation(ArchiveCourseMutation);
  const [editingDetails, setEditingDetails] = useState(false);
  const [editingModule, setEditingModule] = useState<string | null>(null);
  const [removingModule, setRemovingModule] = useState<{ id: string; title: string } | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [moved, setMoved] = useState<{ id: string; direction: 'up' | 'down'; message: string } | null>(null);

  // A moved module's button keeps the keyboard focus, or its other button once it reached an end.
  useEffect(() => {
    if (!moved) return;
    const other = moved.direction === 'up' ? 'down' : 'up';
    const same = document.getElementById(`move-${moved.direction}-${moved.id}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : document.getElementById(`move-${other}-${moved.id}`))?.focus();
  }, [moved, data]);

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
  const archived = course.status === 'ARCHIVED';
  const count = course.modules.length;

  const moveBy = async (index: number, step: -1 | 1) => {
    const module = course.modules[index]!;
    const result = await move({ variables: { moduleId: module.id, position: index + step } }).catch(() => null);
    if (result?.data) {
      setMoved({
        id: module.id,
        direction: step < 0 ? 'up' : 'down',
        message: `“${module.title}” is now module ${index + step + 1} of ${count}.`,
      });
    }
  };

  return (
    <>
      <BackLink to="/studio">Course studio</BackLink>
      <PageHeader
        eyebrow={<Tag tone={STATUS_TONE[course.status]}>{course.status.toLowerCase()}</Tag>}
        title={course.title}
        subtitle={course.summary}
        actions={
          <>
            {draft && (
              <Button
                icon={<Rocket size={18} />}
                busy={publishing.loading}
                disabled={count === 0}
                title={count === 0 ? 'Add a module first' : undefined}
                onClick={() => void publish({ variables: { courseId: course.id } }).catch(() => null)}
              >
                Publish
              </Button>
            )}
            {course.status === 'PUBLISHED' && (
              <ButtonLink to={`/courses/${course.id}`} variant="secondary" icon={<Eye size={18} />}>
                View as a learner
              </ButtonLink>
            )}
            {!archived && !editingDetails && (
              <Button variant="secondary" icon={<Pencil size={18} />} onClick={() => setEditingDetails(true)}>
                Edit details
              </Button>
            )}
            {!archived && (
              <Button variant="ghost" icon={<Archive size={18} />} onClick={() => setConfirmArchive(true)}>
                Archive
              </Button>
            )}
          </>
        }
      />
      {publishing.error && <Alert>{errorMessage(publishing.error)}</Alert>}
      {moving.error && <Alert>{errorMessage(moving.error)}</Alert>}
      {editingDetails && (
        <Card className={styles.details}>
          <h2>Course details</h2>
          <CourseDetailsForm course={course} onDone={() => setEditingDetails(false)} />
        </Card>
      )}
      <p className={styles.visuallyHidden} role="status">
        {moved?.message}
      </p>
      <div className={styles.layout}>
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading">Modules</h2>
          {count === 0 ? (
            <EmptyState title="No modules yet">Add a lesson, a quiz or a role-play scenario to get started.</EmptyState>
          ) : (
            <ol className={styles.modules}>
              {course.modules.map((module, index) => (
                <li key={module.id} className={styles.module}>
                  <div className={styles.moduleHead}>
                    <span className={styles.position}>{module.position}</span>
                    <KindIcon kind={module.kind} />
                    <span className={styles.moduleTitle}>{module.title}</span>
                    <span className={styles.moduleMeta}>
                      {[
                        KIND_LABEL[module.kind],
                        ...(module.questions.length > 0
                          ? [questionCount(module.kind, module.questions.length), `pass at ${module.passingScore}%`]
                          : []),
                        `${module.points} pts`,
                      ].join(' · ')}
                    </span>
                  </div>
                  {!archived && (
                    <div className={styles.tools}>
                      <Button
                        id={`move-up-${module.id}`}
                        variant="ghost"
                        size="sm"
                        icon={<ArrowUp size={16} />}
                        aria-label={`Move “${module.title}” up`}
                        disabled={index === 0 || moving.loading}
                        onClick={() => void moveBy(index, -1)}
                      />
                      <Button
                        id={`move-down-${module.id}`}
                        variant="ghost"
                        size="sm"
                        icon={<ArrowDown size={16} />}
                        aria-label={`Move “${module.title}” down`}
                        disabled={index === count - 1 || moving.loading}
                        onClick={() => void moveBy(index, 1)}
                      />
                      <Button
                        variant="ghost"
                        size="sm"
                        icon={<Pencil size={16} />}
                        aria-label={`Edit “${module.title}”`}
                        aria-expanded={editingModule === module.id}
                        onClick={() => setEditingModule(editingModule === module.id ? null : module.id)}
                      />
                      <Button
                        variant="ghost"
                        size="sm"
                        icon={<Trash2 size={16} />}
                        aria-label={`Remove “${module.title}”`}
                        onClick={() => setRemovingModule({ id: module.id, title: module.title })}
                      />
                    </div>
                  )}
                  {editingModule === module.id && (
                    <div className={styles.editor}>
                      <EditModuleForm module={module} onDone={() => setEditingModule(null)} />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside>
          {archived ? (
            <Card>
              <h3>Archived</h3>
              <p className={styles.note}>
                Learners no longer find this course and nobody can start or finish it. Everyone’s progress, points, badges, certificates and
                credentials from it stay.
              </p>
            </Card>
          ) : (
            <Card>
              <h2>Add a module</h2>
              {!draft && (
                <p className={styles.note}>
                  Learners who completed this course stay completed; those still taking it will have the new module to pass too.
                </p>
              )}
              <AddModuleForm courseId={course.id} />
            </Card>
          )}
        </aside>
      </div>
      <ConfirmDialog
        open={removingModule !== null}
        title={`Remove “${removingModule?.title ?? ''}”?`}
        confirmLabel="Remove module"
        danger
        busy={removing.loading}
        error={removing.error ? errorMessage(removing.error) : null}
        onConfirm={() =>
          void remove({ variables: { moduleId: removingModule!.id } })
            .then(() => setRemovingModule(null))
            .catch(() => null)
        }
        onCancel={() => {
          removing.reset();
          setRemovingModule(null);
        }}
      >
        A module can be removed only while nobody has completed it; the modules after it move up. Once someone has completed it, archive the
        course instead.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmArchive}
        title={`Archive “${course.title}”?`}
        confirmLabel="Archive course"
        danger
        busy={archiving.loading}
        error={archiving.error ? errorMessage(archiving.error) : null}
        onConfirm={() =>
          void archive({ variables: { courseId: course.id } })
            .then(() => setConfirmArchive(false))
            .catch(() => null)
        }
        onCancel={() => {
          archiving.reset();
          setConfirmArchive(false);
        }}
      >
        It leaves the catalogue, learning paths and assignment lists, and nobody can start or finish it any more. What people earned from it
        stays: their completions, points, badges, certificates and credentials. An archived course cannot be published again.
      </ConfirmDialog>
    </>
  );
}
