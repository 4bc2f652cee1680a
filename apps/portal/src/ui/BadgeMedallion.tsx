import type { BadgeTier } from '@laurels/domain';
import { BadgeIcon } from './BadgeIcon';
import styles from './BadgeMedallion.module.css';

/** A badge as a medal: its icon inside a ring in the colour of its tier; greyed while locked. */
export function BadgeMedallion({
  icon,
  tier,
  size = 72,
  locked = false,
  label,
}: {
  icon: string;
  tier: BadgeTier;
  size?: number;
  locked?: boolean;
  label?: string;
}) {
  return (
    <span
      className={[styles.medallion, styles[tier.toLowerCase()], locked ? styles.locked : ''].join(' ')}
      style={{ width: size, height: size, fontSize: size * 0.42 }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <span className={styles.icon}>
        <BadgeIcon name={icon} size={Math.round(size * 0.46)} />
      </span>
    </span>
  );
}

export const TIER_LABEL: Record<BadgeTier, string> = { BRONZE: 'Bronze', SILVER: 'Silver', GOLD: 'Gold', PLATINUM: 'Platinum' };
