import { Gift } from 'lucide-react';
import { graphql } from '@/gql';
import type { RewardCard_RewardFragment } from '@/gql/graphql';
import { Button, Card, Tag } from '@/ui';
import styles from './RewardCard.module.css';

export const RewardCardFragment = graphql(`
  fragment RewardCard_reward on Reward {
    id
    name
    description
    cost
    stock
    active
  }
`);

interface RewardCardProps {
  reward: RewardCard_RewardFragment;
  spendable: number;
  onRedeem: () => void;
  /** For admins: turn the reward on or off. */
  onToggle?: () => void;
}

/** One reward: what it is, what it costs, what is left, and the way to redeem it when the viewer can afford it. */
export function RewardCard({ reward, spendable, onRedeem, onToggle }: RewardCardProps) {
  const soldOut = reward.stock === 0;
  const short = reward.cost - spendable;
  return (
    <Card className={styles.card}>
      <div className={styles.head}>
        <Gift size={22} aria-hidden className={styles.icon} />
        <h3 className={styles.name}>{reward.name}</h3>
        <span className={styles.cost}>{reward.cost.toLocaleString()} pts</span>
      </div>
      {reward.description && <p className={styles.description}>{reward.description}</p>}
      <div className={styles.tags}>
        {!reward.active && <Tag>Inactive</Tag>}
        {reward.stock !== null && <Tag tone={soldOut ? 'danger' : 'info'}>{soldOut ? 'Out of stock' : `${reward.stock} left`}</Tag>}
      </div>
      <div className={styles.actions}>
        {reward.active && (
          <Button onClick={onRedeem} disabled={soldOut || short > 0} aria-label={`Redeem ${reward.name}`}>
            Redeem
          </Button>
        )}
        {onToggle && (
          <Button variant="secondary" onClick={onToggle} aria-label={`${reward.active ? 'Deactivate' : 'Activate'} ${reward.name}`}>
            {reward.active ? 'Deactivate' : 'Activate'}
          </Button>
        )}
      </div>
      {reward.active && !soldOut && short > 0 && <p className={styles.hint}>{short.toLocaleString()} more points to go</p>}
    </Card>
  );
}
