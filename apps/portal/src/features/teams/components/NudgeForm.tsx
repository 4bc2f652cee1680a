import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { MAX_NUDGE_MESSAGE } from '@laurels/domain';
import { graphql } from '@/gql';
import type { AssignmentMatrix_AssignmentFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, Choice, FieldGroup, FormActions, TextAreaField } from '@/ui';

const NudgeMutation = graphql(`
  mutation Nudge($assignmentIds: [ID!]!, $message: String) {
    nudge(assignmentIds: $assignmentIds, message: $message)
  }
`);

/**
 * A reminder to the people behind: the open assignments, the overdue ones chosen to begin with, and an
 * optional message. Each assignment is nudged at most once a day, so a second nudge today says so.
 */
export function NudgeForm({ assignments }: { assignments: readonly AssignmentMatrix_AssignmentFragment[] }) {
  const behind = assignments.filter((assignment) => assignment.status !== 'COMPLETED');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(behind.filter((a) => a.overdue).map((a) => a.id)));
  const [message, setMessage] = useState('');
  const [nudge, { data, loading, error, reset }] = useMutation(NudgeMutation);
  if (behind.length === 0) return <p>No one is behind on their training.</p>;
  const toggle = (id: string, on: boolean) => {
    reset();
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const sent = data?.nudge;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void nudge({ variables: { assignmentIds: [...chosen], message: message.trim() || null } }).catch(() => undefined);
      }}
    >
      <FieldGroup legend="People behind" boxed>
        {behind.map((assignment) => (
          <Choice
            key={assignment.id}
            type="checkbox"
            checked={chosen.has(assignment.id)}
            onChange={(event) => toggle(assignment.id, event.target.checked)}
            label={`${assignment.assignee.displayName}: ${assignment.course.title}${assignment.overdue ? ' (overdue)' : ''}`}
          />
        ))}
      </FieldGroup>
      <TextAreaField
        label="Message (optional)"
        prose
        rows={2}
        maxLength={MAX_NUDGE_MESSAGE}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
      />
      {error && <Alert>{errorMessage(error)}</Alert>}
      {sent !== undefined && (
        <Alert tone="success">
          {sent === 0 ? 'Everyone chosen was already nudged today.' : `Nudged ${sent} ${sent === 1 ? 'person' : 'people'}.`}
        </Alert>
      )}
      <FormActions>
        <Button type="submit" busy={loading} disabled={chosen.size === 0}>
          Send nudge
        </Button>
      </FormActions>
    </form>
  );
}
