import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, Choice, FieldGroup, FormActions, TextAreaField, TextField, dateInputValue } from '@/ui';

const PublishedCoursesQuery = graphql(`
  query CoachingCourses {
    courses(status: PUBLISHED, first: 50) {
      id
      title
    }
  }
`);

const CreateCoachingSessionMutation = graphql(`
  mutation CreateCoachingSession($input: CreateCoachingSessionInput!) {
    createCoachingSession(input: $input) {
      id
      status
    }
  }
`);

interface LowRating {
  readonly id: string;
  readonly employee?: { readonly id: string; readonly displayName: string } | null;
}

/** Opens a coaching session about a low rating: focus skills, private notes, suggested courses (assigned), a follow-up date. */
export function CoachingForm({ rating, onDone }: { rating: LowRating; onDone: () => void }) {
  const courses = useQuery(PublishedCoursesQuery);
  const [skills, setSkills] = useState('');
  const [notes, setNotes] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [courseIds, setCourseIds] = useState<string[]>([]);
  const [create, { loading, error }] = useMutation(CreateCoachingSessionMutation, {
    refetchQueries: ['TeamCoaching'],
    awaitRefetchQueries: true,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const opened = await create({
      variables: {
        input: {
          employeeId: rating.employee!.id,
          feedbackIds: [rating.id],
          focusSkills: skills
            .split(',')
            .map((skill) => skill.trim())
            .filter(Boolean),
          notes,
          courseIds,
          followUpAt: followUp ? new Date(`${followUp}T12:00:00`).toISOString() : null,
        },
      },
    }).then(
      () => true,
      () => false,
    );
    if (opened) onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Open a coaching session">
      {error && <Alert>{errorMessage(error)}</Alert>}
      <TextField
        label="Focus skills"
        hint="Separated by commas"
        value={skills}
        onChange={(event) => setSkills(event.target.value)}
        required
      />
      <TextAreaField
        label="Notes"
        hint="Seen by you, the person coached and admins only"
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        rows={4}
      />
      <TextField
        label="Follow-up date"
        type="date"
        min={dateInputValue()}
        value={followUp}
        onChange={(event) => setFollowUp(event.target.value)}
      />
      {(courses.data?.courses.length ?? 0) > 0 && (
        <FieldGroup legend="Suggested courses (assigned)" boxed>
          {courses.data!.courses.map((course) => (
            <Choice
              key={course.id}
              type="checkbox"
              label={course.title}
              checked={courseIds.includes(course.id)}
              onChange={(event) =>
                setCourseIds(event.target.checked ? [...courseIds, course.id] : courseIds.filter((id) => id !== course.id))
              }
            />
          ))}
        </FieldGroup>
      )}
      <FormActions>
        <Button type="submit" busy={loading}>
          Open session
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
