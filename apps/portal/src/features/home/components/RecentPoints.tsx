import { Award } from 'lucide-react';
import { graphql } from '@/gql';
import type { RecentPoints_EntryFragment } from '@/gql/graphql';
import { Card, EmptyState, timeAgo } from '@/ui';
import styles from './RecentPoints.module.css';

export const RecentPointsFragment = graphql(`
  fragment RecentPoints_entry on PointsEntry {
    id
    amount
    reason
    description
    createdAt
  }
`);

export function RecentPoints({ entries }: { entries: RecentPoints_EntryFragment[] }) {
  if (entries.length === 0) {
    return (
      <EmptyState icon={<Award size={26} />} title="No points yet">
        Points for modules, courses and recognition will show up here.
      </EmptyState>
    );
  }
  return (
    <Card padded={false}>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.id} className={styles.entry}>
            <span className={styles.amount}>+{entry.amount}</span>
            <span className={styles.text}>
              <span>{entry.description}</span>
              <time dateTime={entry.createdAt}>{timeAgo(entry.createdAt)}</time>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
