import { graphql } from '@/gql';
import type { CelebrationItem_CelebrationFragment } from '@/gql/graphql';
import { BadgeIcon, timeAgo } from '@/ui';
import { Markdown } from '@/ui/Markdown';
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
  WORK_ANNIVERSARY: 'rose',
  MENTORSHIP_COMPLETED: 'brand',
  LEARNING_EVENT: 'brand',
};

/** The moment's icon on a disc coloured by its kind: gold for achievements, blue for kudos and stories, rose for praise. */
export function CelebrationIcon({
  kind,
  icon,
  size = 38,
  className,
}: {
  kind: string;
  icon: string | null;
  size?: number;
  className?: string;
}) {
  return (
    <span
      className={[styles.icon, styles[KIND_TONE[kind] ?? 'brand'], className ?? ''].join(' ')}
      style={{ width: size, height: size }}
      aria-hidden="true"
    >
      <BadgeIcon name={icon ?? 'sparkles'} size={Math.round(size * 0.53)} />
    </span>
  );
}

/** What was said: a success story's opening lines in Markdown, or someone's words quoted. */
export function CelebrationBody({ kind, body }: { kind: string; body: string }) {
  return kind === 'SUCCESS_STORY' ? (
    <div className={styles.story}>
      <Markdown>{body}</Markdown>
    </div>
  ) : (
    <q className={styles.body}>{body}</q>
  );
}

/** One moment of the feed: what happened, to whom, when, and the customer's or colleague's words when there are some. */
export function CelebrationItem({ celebration }: { celebration: CelebrationItem_CelebrationFragment }) {
  return (
    <article className={styles.item}>
      <CelebrationIcon kind={celebration.kind} icon={celebration.icon} />
      <div className={styles.text}>
        <p className={styles.title}>{celebration.title}</p>
        {celebration.body && <CelebrationBody kind={celebration.kind} body={celebration.body} />}
        <time className={styles.time} dateTime={celebration.createdAt}>
          {timeAgo(celebration.createdAt)}
        </time>
      </div>
    </article>
  );
}
