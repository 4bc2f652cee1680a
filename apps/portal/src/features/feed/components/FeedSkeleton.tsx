import styles from './FeedSkeleton.module.css';

/** The shape of the feed while it loads: a few grey cards rather than a jump from nothing. */
export function FeedSkeleton() {
  return (
    <div className={styles.skeleton} role="status" aria-live="polite">
      <span className="visually-hidden">Loading the feed…</span>
      {[0, 1, 2].map((index) => (
        <div key={index} className={styles.card} aria-hidden="true">
          <div className={styles.head}>
            <span className={[styles.block, styles.avatar].join(' ')} />
            <span className={styles.lines}>
              <span className={[styles.block, styles.title].join(' ')} />
              <span className={[styles.block, styles.meta].join(' ')} />
            </span>
          </div>
          <span className={[styles.block, styles.body].join(' ')} />
          <span className={[styles.block, styles.reactions].join(' ')} />
        </div>
      ))}
    </div>
  );
}
