import { useMutation } from '@apollo/client/react';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FormActions, Tag, TextAreaField, TextField } from '@/ui';
import { CoursePicker } from './CoursePicker';
import { moveItem, pathProblems, withCourse, type PathDraft, type PathProblems } from './pathDraft';
import styles from './PathEditor.module.css';

const CreateLearningPathMutation = graphql(`
  mutation CreateLearningPath($input: CreateLearningPathInput!) {
    createLearningPath(input: $input) {
      id
    }
  }
`);

const UpdateLearningPathMutation = graphql(`
  mutation UpdateLearningPath($input: UpdateLearningPathInput!) {
    updateLearningPath(input: $input) {
      id
      title
      description
    }
  }
`);

interface PathEditorProps {
  /** The path being edited; a new one when absent. */
  pathId?: string;
  initial: PathDraft;
  onDone: () => void;
}

/** A learning path's title, description and courses: add them by searching, reorder with the arrows, remove with ×. */
export function PathEditor({ pathId, initial, onDone }: PathEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState<PathProblems>({});
  const options = { refetchQueries: ['Paths'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateLearningPathMutation, options);
  const [update, updating] = useMutation(UpdateLearningPathMutation, options);
  const error = creating.error ?? updating.error;
  const field = errorField(error);
  const problems: PathProblems = { ...checked, ...(field ? { [field]: errorMessage(error) } : {}) };
  const titleId = useId();
  const [moved, setMoved] = useState<{ courseId: string; step: -1 | 1 } | null>(null);

  // The moved course's arrow keeps the keyboard focus, or its other arrow once it reached an end.
  useEffect(() => {
    if (!moved) return;
    const button = (step: number) =>
      document.getElementById(`${titleId}-${step < 0 ? 'up' : 'down'}-${moved.courseId}`) as HTMLButtonElement | null;
    const same = button(moved.step);
    (same && !same.disabled ? same : button(-moved.step))?.focus();
  }, [moved, titleId]);

  const moveBy = (index: number, step: -1 | 1) => {
    setDraft({ ...draft, courses: moveItem(draft.courses, index, step) });
    setMoved({ courseId: draft.courses[index]!.id, step });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = pathProblems(draft);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const fields = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      courseIds: draft.courses.map((course) => course.id),
    };
    const result = await (
      pathId ? update({ variables: { input: { pathId, ...fields } } }) : create({ variables: { input: fields } })
    ).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={pathId ? `Edit ${initial.title}` : 'New learning path'}>
      {error && !field && <Alert>{errorMessage(error)}</Alert>}
      <TextField
        label="Title"
        required
        maxLength={120}
        value={draft.title}
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        error={problems.title}
        autoFocus
      />
      <TextAreaField
        label="Description"
        prose
        rows={2}
        value={draft.description}
        onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        error={problems.description}
      />
      <h3 id={titleId} className={styles.heading}>
        Courses, in order
      </h3>
      {draft.courses.length === 0 ? (
        <p className={styles.empty}>No courses yet: search for one below.</p>
      ) : (
        <ol className={styles.courses} aria-labelledby={titleId}>
          {draft.courses.map((course, index) => (
            <li key={course.id} className={styles.course}>
              <span className={styles.number}>{index + 1}</span>
              <span className={styles.title}>{course.title}</span>
              {course.status !== 'PUBLISHED' && (
                <Tag tone={course.status === 'ARCHIVED' ? 'neutral' : 'info'}>{course.status.toLowerCase()}</Tag>
              )}
              <span className={styles.tools}>
                <Button
                  id={`${titleId}-up-${course.id}`}
                  variant="ghost"
                  size="sm"
                  icon={<ArrowUp size={16} />}
                  aria-label={`Move “${course.title}” up`}
                  disabled={index === 0}
                  onClick={() => moveBy(index, -1)}
                />
                <Button
                  id={`${titleId}-down-${course.id}`}
                  variant="ghost"
                  size="sm"
                  icon={<ArrowDown size={16} />}
                  aria-label={`Move “${course.title}” down`}
                  disabled={index === draft.courses.length - 1}
                  onClick={() => moveBy(index, 1)}
                />
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<X size={16} />}
                  aria-label={`Remove “${course.title}” from the path`}
                  onClick={() => setDraft({ ...draft, courses: draft.courses.filter((held) => held.id !== course.id) })}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      <CoursePicker
        label="Add a course"
        exclude={draft.courses.map((course) => course.id)}
        onPick={(course) => setDraft({ ...draft, courses: withCourse(draft.courses, course) })}
        error={problems.courseIds}
      />
      <FormActions>
        <Button type="submit" busy={creating.loading || updating.loading}>
          {pathId ? 'Save path' : 'Create path'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
