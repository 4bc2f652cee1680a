import type { LiveStatus } from '@/shared/live';
import styles from './LiveIndicator.module.css';

const WORDS: Record<LiveStatus, string> = {
  idle: 'Connecting…',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  refused: 'Not live: reload the page',
};

/** A small dot and a word: whether new celebrations arrive on their own. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  return (
    <span
      className={[styles.indicator, styles[status]].join(' ')}
      role="status"
      title={status === 'live' ? 'New celebrations appear as they happen' : undefined}
    >
      <span className={styles.dot} aria-hidden="true" />
      {WORDS[status]}
    </span>
  );
}
