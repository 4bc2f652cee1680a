import { Rocket } from 'lucide-react';
import { Card, ButtonLink, ProgressBar } from '@/ui';
import { dueLabel } from '../due';
import type { OnboardingProgress } from '../onboarding';
import styles from './OnboardingCard.module.css';

/** A new hire's onboarding path, first on their home: how far they are, by when, and the next course to take. */
export function OnboardingCard({ title, progress }: { title: string; progress: OnboardingProgress }) {
  return (
    <Card className={styles.card} role="region" aria-labelledby="onboarding-heading">
      <Rocket className={styles.icon} size={28} aria-hidden />
      <div className={styles.body}>
        <p className={styles.eyebrow}>Your onboarding{progress.dueAt ? `, ${dueLabel(progress.dueAt)}` : ''}</p>
        <h2 id="onboarding-heading" className={styles.title}>
          {title}
        </h2>
        <ProgressBar
          value={progress.done / progress.total}
          label="Onboarding progress"
          caption={`${progress.done} of ${progress.total} courses done`}
        />
      </div>
      {progress.next && (
        <ButtonLink to={`/courses/${progress.next.id}`} className={styles.action}>
          Next: {progress.next.title}
        </ButtonLink>
      )}
    </Card>
  );
}
