import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FormActions } from '@/ui';
import { CourseFields } from './CourseFields';
import { courseInput, courseProblems, type CourseDraft, type CourseProblems } from './courseDraft';

const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      id
      title
      summary
      skills
      estimatedMinutes
      points
    }
  }
`);

interface EditableCourse {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly skills: readonly string[];
  readonly estimatedMinutes: number;
  readonly points: number;
}

/** Changes a course's details; those who completed it stay completed. */
export function CourseDetailsForm({ course, onDone }: { course: EditableCourse; onDone: () => void }) {
  const [draft, setDraft] = useState<CourseDraft>({
    title: course.title,
    summary: course.summary,
    skills: course.skills.join(', '),
    estimatedMinutes: String(course.estimatedMinutes),
    points: String(course.points),
  });
  const [checked, setChecked] = useState<CourseProblems>({});
  const [update, { loading, error }] = useMutation(UpdateCourseMutation);
  const field = errorField(error);
  const problems: CourseProblems = { ...checked, ...(field ? { [field]: errorMessage(error) } : {}) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = courseProblems(draft);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const result = await update({ variables: { input: { courseId: course.id, ...courseInput(draft) } } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Course details">
      {error && !field && <Alert>{errorMessage(error)}</Alert>}
      <CourseFields draft={draft} onChange={setDraft} problems={problems} autoFocus />
      <FormActions>
        <Button type="submit" busy={loading}>
          Save details
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
