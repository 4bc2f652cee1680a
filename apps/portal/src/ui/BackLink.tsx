import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './BackLink.module.css';

/** The way back up, above a page's title, with optional context on the right (e.g. "Step 2 of 3"). */
export function BackLink({ to, children, aside }: { to: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <nav className={styles.bar} aria-label="Breadcrumb">
      <Link to={to} className={styles.link}>
        <ArrowLeft size={14} aria-hidden="true" /> {children}
      </Link>
      {aside && <span className={styles.aside}>{aside}</span>}
    </nav>
  );
}
