import { Award } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import type { LatestBadges_AwardFragment } from '@/gql/graphql';
import { BadgeMedallion, ButtonLink, Card, EmptyState } from '@/ui';
import styles from './LatestBadges.module.css';

export const LatestBadgesFragment = graphql(`
  fragment LatestBadges_award on BadgeAward {
    id
    badge {
      id
      name
      icon
      tier
    }
  }
`);

/** The last few badges earned, each a link to its page. */
export function LatestBadges({ awards }: { awards: LatestBadges_AwardFragment[] }) {
  if (awards.length === 0) {
    return (
      <EmptyState
        icon={<Award size={26} />}
        title="No badges yet"
        action={
          <ButtonLink to="/badges" variant="secondary" size="sm">
            See what to earn
          </ButtonLink>
        }
      >
        Complete a module to earn your first.
      </EmptyState>
    );
  }
  return (
    <Card>
      <ul className={styles.list}>
        {awards.slice(0, 6).map((award) => (
          <li key={award.id}>
            <Link to={`/badges/${award.badge.id}`} className={styles.badge}>
              <BadgeMedallion icon={award.badge.icon} tier={award.badge.tier} size={52} />
              <span>{award.badge.name}</span>
            </Link>
          </li>
        ))}
      </ul>
      <ButtonLink to="/badges" variant="ghost" size="sm" block>
        All badges
      </ButtonLink>
    </Card>
  );
}
