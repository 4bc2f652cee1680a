import { Trophy } from 'lucide-react';
import { graphql } from '@/gql';
import type { MilestoneCard_MilestoneFragment } from '@/gql/graphql';
import { ProgressBar } from '@/ui';
import styles from './MilestoneCard.module.css';

export const MilestoneCardFragment = graphql(`
  fragment MilestoneCard_milestone on TeamMilestone {
    id
    title
    metric
    target
    current
    responses
    progress
    startsAt
    endsAt
    reachedAt
  }
`);

const UNIT: Record<string, string> = {
  MODULES_COMPLETED: 'modules',
  COURSES_COMPLETED: 'courses',
  POINTS_EARNED: 'points',
  CERTIFICATIONS_EARNED: 'certifications',
  KUDOS_RECEIVED: 'kudos',
  FEEDBACK_COUNT: 'customer ratings',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function caption(milestone: MilestoneCard_MilestoneFragment): string {
  if (milestone.metric === 'AVERAGE_CSAT') {
    const needed = Math.max(0, 5 - milestone.responses);
    return `average ${milestone.current.toFixed(2)} of ${milestone.target} · ${milestone.responses} ratings${needed > 0 ? ` (${needed} more needed)` : ''}`;
  }
  if (milestone.metric === 'NPS') {
    const needed = Math.max(0, 5 - milestone.responses);
    return `NPS ${milestone.current} of ${milestone.target} · ${milestone.responses} answers${needed > 0 ? ` (${needed} more needed)` : ''}`;
  }
  return `${milestone.current.toLocaleString()} of ${milestone.target.toLocaleString()} ${UNIT[milestone.metric] ?? ''}`;
}

/** A team milestone: the target, how far along, and its window; gold once reached. */
export function MilestoneCard({ milestone }: { milestone: MilestoneCard_MilestoneFragment }) {
  const reached = Boolean(milestone.reachedAt);
  const window = `${dateFormat.format(new Date(milestone.startsAt))} – ${milestone.endsAt ? dateFormat.format(new Date(milestone.endsAt)) : 'open'}`;
  return (
    <div className={[styles.card, reached ? styles.reached : ''].join(' ')}>
      <div className={styles.head}>
        <strong>{milestone.title}</strong>
        {reached && (
          <span className={styles.done}>
            <Trophy size={14} aria-hidden="true" /> Reached {dateFormat.format(new Date(milestone.reachedAt!))}
          </span>
        )}
      </div>
      <ProgressBar value={milestone.progress} tone={reached ? 'gold' : 'brand'} label={milestone.title} caption={caption(milestone)} />
      <span className={styles.window}>{window}</span>
    </div>
  );
}
