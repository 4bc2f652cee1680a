import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, Choice, FieldGroup, FieldRow, SelectField, TextField, dateInputValue } from '@/ui';

const AssignCourseMutation = graphql(`
  mutation AssignCourse($input: AssignCourseInput!) {
    assignCourse(input: $input) {
      id
    }
  }
`);

const AssignPathMutation = graphql(`
  mutation AssignLearningPath($input: AssignLearningPathInput!) {
    assignLearningPath(input: $input) {
      id
    }
  }
`);

interface AssignFormProps {
  teamId: string;
  courses: { id: string; title: string }[];
  paths: { id: string; title: string }[];
}

/** The end of the chosen day, in the manager's own time zone. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:00`).toISOString();
}

/** Assigns a course or a learning path to the whole team or to chosen people, with an optional due date and note. */
export function AssignForm({ teamId, courses, paths }: AssignFormProps) {
  const [what, setWhat] = useState('');
  const [whole, setWhole] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [dueProblem, setDueProblem] = useState<string | null>(null);
  const options = { refetchQueries: ['ManageTeam'], awaitRefetchQueries: true };
  const [assignCourse, course] = useMutation(AssignCourseMutation, options);
  const [assignPath, path] = useMutation(AssignPathMutation, options);
  const error = course.error ?? path.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    // Only this attempt's outcome shows: an earlier failure of the other kind is forgotten.
    course.reset();
    path.reset();
    // Checked here first: a day before today could only be refused by the server.
    if (due && due < dateInputValue()) {
      setDueProblem('Choose today or a later day');
      return;
    }
    setDueProblem(null);
    const [kind, id] = what.split(':');
    const target = { ...(whole ? { teamId } : { userIds: chosen }), dueAt: due ? endOfDay(due) : null, note: note.trim() || null };
    const result =
      kind === 'path'
        ? await assignPath({ variables: { input: { pathId: id!, ...target } } }).catch(() => null)
        : await assignCourse({ variables: { input: { courseId: id!, ...target } } }).catch(() => null);
    const count = result?.data
      ? 'assignLearningPath' in result.data
        ? result.data.assignLearningPath.length
        : result.data.assignCourse.length
      : 0;
    if (result?.data) {
      setDone(`Assigned: ${count} ${count === 1 ? 'assignment' : 'assignments'} created or updated.`);
      setNote('');
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {done && <Alert tone="success">{done}</Alert>}
      {error && errorField(error) !== 'dueAt' && <Alert>{errorMessage(error)}</Alert>}
      <SelectField label="Course or learning path" value={what} onChange={(event) => setWhat(event.target.value)}>
        <option value="">Choose a course or path…</option>
        <optgroup label="Courses">
          {courses.map((option) => (
            <option key={option.id} value={`course:${option.id}`}>
              {option.title}
            </option>
          ))}
        </optgroup>
        {paths.length > 0 && (
          <optgroup label="Learning paths (every course)">
            {paths.map((option) => (
              <option key={option.id} value={`path:${option.id}`}>
                {option.title}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <FieldGroup legend="Who">
        <Choice type="radio" name="who" label="The whole team" checked={whole} onChange={() => setWhole(true)} />
        <Choice type="radio" name="who" label="Chosen people" checked={!whole} onChange={() => setWhole(false)} />
      </FieldGroup>
      {!whole && (
        <PeoplePicker
          label="People"
          multiple
          placeholder="Search the team by name…"
          teamId={teamId}
          selected={chosen}
          onChange={setChosen}
        />
      )}
      <FieldRow>
        <TextField
          label="Due date"
          type="date"
          min={dateInputValue()}
          value={due}
          onChange={(event) => setDue(event.target.value)}
          hint="Optional"
          error={dueProblem ?? (errorField(error) === 'dueAt' ? errorMessage(error) : null)}
        />
        <TextField label="Note" value={note} onChange={(event) => setNote(event.target.value)} hint="Optional, shown to each person" />
      </FieldRow>
      <Button type="submit" busy={course.loading || path.loading} disabled={!what || (!whole && chosen.length === 0)}>
        Assign
      </Button>
    </form>
  );
}
