import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { Button } from '@/ui';
import styles from './ManagerTeams.module.css';

const NudgeOneMutation = graphql(`
  mutation NudgeOne($assignmentIds: [ID!]!) {
    nudge(assignmentIds: $assignmentIds)
  }
`);

/**
 * A reminder to one person behind, from the manager's home; the server nudges an assignment at
 * most once a day, and the button then says so instead of pretending.
 */
export function NudgeButton({ assignmentId, who }: { assignmentId: string; who: string }) {
  const [nudge, { data, loading, error }] = useMutation(NudgeOneMutation);
  if (error) return <span className={styles.overdue}>{errorMessage(error)}</span>;
  if (data) return <span role="status">{data.nudge === 0 ? 'Nudged today already' : 'Nudged'}</span>;
  return (
    <Button
      size="sm"
      variant="secondary"
      busy={loading}
      onClick={() => void nudge({ variables: { assignmentIds: [assignmentId] } }).catch(() => undefined)}
    >
      Nudge<span className="visually-hidden"> {who}</span>
    </Button>
  );
}
