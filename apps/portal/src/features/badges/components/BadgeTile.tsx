import { Link } from 'react-router';
import { graphql } from '@/gql';
import type { BadgeTile_ProgressFragment } from '@/gql/graphql';
import { BadgeMedallion, ProgressBar, TIER_LABEL } from '@/ui';
import styles from './BadgeTile.module.css';

export const BadgeTileFragment = graphql(`
  fragment BadgeTile_progress on BadgeProgress {
    current
    target
    earned
    awardedAt
    badge {
      id
      name
      criteria
      icon
      tier
      points
      rule {
        kind
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A badge on the wall: earned with its date and tier, or locked with its criteria and the way there. */
export function BadgeTile({ progress }: { progress: BadgeTile_ProgressFragment }) {
  const { badge } = progress;
  const manual = badge.rule.kind === 'MANUAL';
  return (
    <Link to={`/badges/${badge.id}`} className={[styles.tile, progress.earned ? styles.earned : styles.locked].join(' ')}>
      <BadgeMedallion icon={badge.icon} tier={badge.tier} locked={!progress.earned} />
      <strong className={styles.name}>{badge.name}</strong>
      <span className={styles.tier}>
        {TIER_LABEL[badge.tier]} · +{badge.points} pts
      </span>
      {progress.earned ? (
        <span className={styles.date}>Earned {progress.awardedAt ? dateFormat.format(new Date(progress.awardedAt)) : ''}</span>
      ) : (
        <>
          <span className={styles.criteria}>{badge.criteria}</span>
          {!manual && (
            <ProgressBar
              value={progress.current / progress.target}
              size="sm"
              label={`Progress toward ${badge.name}`}
              caption={`${progress.current} of ${progress.target}`}
            />
          )}
        </>
      )}
    </Link>
  );
}
