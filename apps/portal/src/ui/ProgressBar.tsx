import styles from './ProgressBar.module.css';

interface ProgressBarProps {
  /** 0..1 */
  value: number;
  label: string;
  /** Shown beside the bar, e.g. "3 of 5 modules". */
  caption?: string;
  tone?: 'brand' | 'gold';
  size?: 'sm' | 'md';
}

export function ProgressBar({ value, label, caption, tone = 'brand', size = 'md' }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className={styles.wrap}>
      <div
        className={[styles.track, styles[size]].join(' ')}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={caption ?? `${percent}%`}
      >
        <div className={[styles.fill, styles[tone]].join(' ')} style={{ width: `${percent}%` }} />
      </div>
      {caption && <span className={styles.caption}>{caption}</span>}
    </div>
  );
}
