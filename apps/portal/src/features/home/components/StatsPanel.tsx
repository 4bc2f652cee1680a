import { Flame, Star, Trophy } from 'lucide-react';
import { graphql } from '@/gql';
import type { StatsPanel_UserFragment } from '@/gql/graphql';
import { ProgressBar } from '@/ui';
import styles from './StatsPanel.module.css';

export const StatsPanelFragment = graphql(`
  fragment StatsPanel_user on User {
    id
    points
    streakDays
    level {
      number
      title
      minPoints
      nextLevelPoints
      progress
    }
  }
`);

/** Points, level with the way to the next one, and the streak: the learner's scoreboard. */
export function StatsPanel({ user }: { user: StatsPanel_UserFragment }) {
  const { level } = user;
  const toGo = level.nextLevelPoints === null ? null : level.nextLevelPoints - user.points;
  return (
    <div className={styles.panel}>
      <div className={[styles.stat, styles.points].join(' ')}>
        <Star className={styles.icon} aria-hidden="true" />
        <span className={styles.label}>Points</span>
        <strong className={styles.value} data-testid="points-total">
          {user.points.toLocaleString()}
        </strong>
      </div>
      <div className={[styles.stat, styles.level].join(' ')}>
        <Trophy className={styles.icon} aria-hidden="true" />
        <span className={styles.label}>Level {level.number}</span>
        <strong className={styles.value}>{level.title}</strong>
        <ProgressBar
          value={level.progress}
          tone="gold"
          label="Progress to the next level"
          caption={toGo === null ? 'Top level reached — legendary!' : `${toGo.toLocaleString()} points to level ${level.number + 1}`}
        />
      </div>
      <div className={[styles.stat, styles.streak].join(' ')}>
        <Flame className={styles.icon} aria-hidden="true" />
        <span className={styles.label}>Streak</span>
        <strong className={styles.value}>{user.streakDays === 1 ? '1 day' : `${user.streakDays} days`}</strong>
        <span className={styles.hint}>
          {user.streakDays > 0 ? 'Complete a module today to keep it alive.' : 'Complete a module to start a streak.'}
        </span>
      </div>
    </div>
  );
}
