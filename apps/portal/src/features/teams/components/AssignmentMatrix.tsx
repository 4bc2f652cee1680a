import { CheckCircle2 } from 'lucide-react';
import { graphql } from '@/gql';
import type { AssignmentMatrix_AssignmentFragment } from '@/gql/graphql';
import styles from './AssignmentMatrix.module.css';

export const AssignmentMatrixFragment = graphql(`
  fragment AssignmentMatrix_assignment on Assignment {
    id
    status
    overdue
    dueAt
    course {
      id
      title
    }
    assignee {
      id
      displayName
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Members by assigned courses, each cell the status and due date; people with overdue work come first. */
export function AssignmentMatrix({ assignments }: { assignments: AssignmentMatrix_AssignmentFragment[] }) {
  const courses = [...new Map(assignments.map((assignment) => [assignment.course.id, assignment.course])).values()];
  const people = [...new Map(assignments.map((assignment) => [assignment.assignee.id, assignment.assignee])).values()];
  const cell = new Map(assignments.map((assignment) => [`${assignment.assignee.id}:${assignment.course.id}`, assignment]));
  const overdue = (personId: string) =>
    assignments.filter((assignment) => assignment.assignee.id === personId && assignment.overdue).length;
  const rows = people.sort((a, b) => overdue(b.id) - overdue(a.id) || a.displayName.localeCompare(b.displayName));

  return (
    // Focusable and named, so that a keyboard can scroll it too.
    <div className={styles.scroller} role="region" aria-label="Assigned training, scrolls sideways" tabIndex={0}>
      <table className={styles.matrix}>
        <thead>
          <tr>
            <th scope="col">Person</th>
            {courses.map((course) => (
              <th key={course.id} scope="col">
                {course.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                {person.displayName}
                {overdue(person.id) > 0 && <span className={styles.lateCount}>{overdue(person.id)} overdue</span>}
              </th>
              {courses.map((course) => {
                const assignment = cell.get(`${person.id}:${course.id}`);
                if (!assignment) return <td key={course.id} className={styles.none} aria-label="Not assigned" />;
                const due = assignment.dueAt ? dateFormat.format(new Date(assignment.dueAt)) : 'no date';
                return (
                  <td key={course.id}>
                    {assignment.status === 'COMPLETED' ? (
                      <span className={[styles.chip, styles.done].join(' ')}>
                        <CheckCircle2 size={14} aria-hidden="true" /> Done
                      </span>
                    ) : (
                      <span
                        className={[
                          styles.chip,
                          assignment.overdue ? styles.late : assignment.status === 'IN_PROGRESS' ? styles.going : styles.todo,
                        ].join(' ')}
                      >
                        {assignment.overdue
                          ? `Overdue · ${due}`
                          : assignment.status === 'IN_PROGRESS'
                            ? `In progress · ${due}`
                            : `Due ${due}`}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
