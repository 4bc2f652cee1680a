import { ArrowUp } from 'lucide-react';
import type { Ref } from 'react';
import type { FeedItem_CelebrationFragment } from '@/gql/graphql';
import { Button, plural } from '@/ui';
import { FeedItem } from './FeedItem';
import styles from './FeedList.module.css';

interface FeedListProps {
  listRef: Ref<HTMLElement>;
  items: readonly FeedItem_CelebrationFragment[];
  /** Live arrivals, which slide in. */
  fresh: ReadonlySet<string>;
  /** Arrivals held back while the viewer reads further down. */
  waiting: number;
  onShowNew: () => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** A new filter is loading: the old list stays, dimmed. */
  busy: boolean;
}

/** The celebrations, newest first, with the "N new" pill above and "Load more" below. */
export function FeedList({ listRef, items, fresh, waiting, onShowNew, hasMore, loadingMore, onLoadMore, busy }: FeedListProps) {
  return (
    <section ref={listRef} className={styles.feed} aria-label="Celebrations" aria-busy={busy}>
      {waiting > 0 && (
        <div className={styles.pillBar}>
          <button type="button" className={styles.pill} onClick={onShowNew}>
            <ArrowUp size={16} aria-hidden="true" />
            {plural(waiting, 'new celebration')}
          </button>
        </div>
      )}
      <div className={[styles.items, busy ? styles.dimmed : ''].join(' ')}>
        {items.map((celebration) => (
          <FeedItem key={celebration.id} celebration={celebration} fresh={fresh.has(celebration.id)} />
        ))}
      </div>
      {hasMore ? (
        <div className={styles.more}>
          <Button variant="secondary" busy={loadingMore} onClick={onLoadMore}>
            Load more
          </Button>
        </div>
      ) : (
        items.length > 0 && <p className={styles.end}>You’re all caught up.</p>
      )}
    </section>
  );
}
