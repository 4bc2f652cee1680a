import { graphql } from '@/gql';
import type { CelebrationItem_CelebrationFragment } from '@/gql/graphql';
import { BadgeIcon, timeAgo } from '@/ui';
import styles from './CelebrationItem.module.css';

export const CelebrationItemFragment = graphql(`
  fragment CelebrationItem_celebration on Celebration {
    id
    kind
    title
    body
    icon
    createdAt
  }
`);

const KIND_TONE: Record<string, string> = {
  BADGE_EARNED: 'gold',
  LEVEL_UP: 'gold',
  COURSE_COMPLETED: 'brand',
  CERTIFICATION_EARNED: 'brand',
  TEAM_MILESTONE: 'gold',
  KUDOS: 'info',
  CUSTOMER_PRAISE: 'rose',
  SUCCESS_STORY: 'info',
};

/** One moment of the feed: what happened, to whom, when, and the customer's or colleague's words when there are some. */
export function CelebrationItem({ celebration }: { celebration: CelebrationItem_CelebrationFragment }) {
  return (
    <article className={styles.item}>
      <span className={[styles.icon, styles[KIND_TONE[celebration.kind] ?? 'brand']].join(' ')} aria-hidden="true">
        <BadgeIcon name={celebration.icon ?? 'sparkles'} size={20} />
      </span>
      <div className={styles.text}>
        <p className={styles.title}>{celebration.title}</p>
        {celebration.body && <q className={styles.body}>{celebration.body}</q>}
        <time className={styles.time} dateTime={celebration.createdAt}>
          {timeAgo(celebration.createdAt)}
        </time>
      </div>
    </article>
  );
}
