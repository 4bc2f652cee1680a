import { CalendarClock, ClipboardList } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import type { AssignmentList_AssignmentFragment } from '@/gql/graphql';
import { Card, EmptyState, ItemList, Tag } from '@/ui';
import styles from './AssignmentList.module.css';

export const AssignmentListFragment = graphql(`
  fragment AssignmentList_assignment on Assignment {
    id
    status
    overdue
    dueAt
    note
    course {
      id
      title
    }
    assignedBy {
      id
      displayName
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Courses someone was asked to take, overdue first, each with when it is due and who asked. */
export function AssignmentList({ assignments }: { assignments: AssignmentList_AssignmentFragment[] }) {
  const open = assignments.filter((assignment) => assignment.status !== 'COMPLETED');
  if (open.length === 0) {
    return (
      <EmptyState icon={<ClipboardList size={26} />} title="Nothing assigned">
        When your manager assigns you training, it appears here with its due date.
      </EmptyState>
    );
  }
  return (
    <Card padded={false}>
      <ItemList links>
        {open.map((assignment) => (
          <li key={assignment.id}>
            <Link to={`/courses/${assignment.course.id}`}>
              <CalendarClock size={20} className={assignment.overdue ? styles.late : styles.icon} aria-hidden="true" />
              <span className={styles.text}>
                <strong>{assignment.course.title}</strong>
                <span className={styles.meta}>
                  Assigned by {assignment.assignedBy.displayName}
                  {assignment.note && ` · “${assignment.note}”`}
                </span>
              </span>
              {assignment.dueAt ? (
                <Tag tone={assignment.overdue ? 'danger' : 'neutral'}>
                  {assignment.overdue ? 'Overdue · ' : 'Due '}
                  {dateFormat.format(new Date(assignment.dueAt))}
                </Tag>
              ) : (
                <Tag>No due date</Tag>
              )}
              {assignment.status === 'IN_PROGRESS' && <Tag tone="brand">In progress</Tag>}
            </Link>
          </li>
        ))}
      </ItemList>
    </Card>
  );
}
