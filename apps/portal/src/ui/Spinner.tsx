import styles from './Spinner.module.css';

export function Spinner({ size = 24, label = 'Loading…' }: { size?: number; label?: string }) {
  return (
    <span className={styles.wrap} role={label ? 'status' : undefined}>
      <span className={styles.spinner} style={{ width: size, height: size }} aria-hidden="true" />
      {label && <span className="visually-hidden">{label}</span>}
    </span>
  );
}

/** A whole-area loading state: a spinner with words, centred. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className={styles.area} role="status" aria-live="polite">
      <span className={styles.spinner} style={{ width: 28, height: 28 }} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
