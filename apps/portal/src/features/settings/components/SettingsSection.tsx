import type { ReactNode } from 'react';
import { Card } from '@/ui';
import styles from './SettingsSection.module.css';

/** One setting on its card: a heading, what it changes, and its form. */
export function SettingsSection({ id, title, intro, children }: { id: string; title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <Card className={styles.section} role="region" aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      <p className={styles.intro}>{intro}</p>
      {children}
    </Card>
  );
}
