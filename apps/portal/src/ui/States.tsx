import type { ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';
import { Button } from './Button';
import styles from './States.module.css';

/** What a list or page shows when there is nothing yet: say why, and what to do next. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={styles.state}>
      {icon && <div className={styles.icon}>{icon}</div>}
      <h3 className={styles.title}>{title}</h3>
      {children && <div className={styles.body}>{children}</div>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}

/**
 * A failed load, in words a user understands, with a way to try again. It takes words, not an
 * error: a page's failed query goes through shared/QueryError, which puts it in words.
 */
export function ErrorState({
  message,
  onRetry,
  title = 'Something went wrong',
}: {
  message?: string;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className={[styles.state, styles.error].join(' ')} role="alert">
      <div className={styles.icon}>
        <AlertTriangle size={28} aria-hidden="true" />
      </div>
      <h3 className={styles.title}>{title}</h3>
      {message && <p className={styles.body}>{message}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

/** An inline message above a form. */
export function Alert({ tone = 'danger', children }: { tone?: 'danger' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={[styles.alert, styles[tone]].join(' ')} role={tone === 'danger' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
