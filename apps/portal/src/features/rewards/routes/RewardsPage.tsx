import { useQuery } from '@apollo/client/react';
import { Gift, Inbox } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { canAuthor, isAdmin } from '@/shared/viewer';
import { ButtonLink, Card, ConfirmDialog, EmptyState, ItemList, Loading, PageHeader } from '@/ui';
import { RedemptionStatusTag } from '../components/RedemptionStatusTag';
import { RewardCard } from '../components/RewardCard';
import { RewardForm } from '../components/RewardForm';
import { useRedeemReward, useSetRewardActive } from '../hooks/useRewards';
import styles from './RewardsPage.module.css';

const RewardsPageQuery = graphql(`
  query RewardsPage {
    me {
      id
      role
      points
      spendablePoints
    }
    rewards {
      id
      name
      cost
      ...RewardCard_reward
    }
    myRedemptions {
      id
      cost
      status
      requestedAt
      note
      reward {
        id
        name
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The rewards catalogue with the viewer's spendable points, redeeming with a confirmation, and their redemptions; admins keep the catalogue. */
export function RewardsPage() {
  const { data, loading, error, refetch } = useQuery(RewardsPageQuery);
  const [redeem, redeeming] = useRedeemReward();
  const [setActive] = useSetRewardActive();
  // One key per confirmation: pressing Redeem again after a lost answer redeems once.
  const [confirming, setConfirming] = useState<{ id: string; name: string; cost: number; key: string } | null>(null);
  const [redeemed, setRedeemed] = useState<string | null>(null);

  if (loading && !data) return <Loading label="Loading the rewards…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { me, rewards, myRedemptions } = data;
  const admin = isAdmin(me.role);

  const confirm = async () => {
    if (!confirming) return;
    const result = await redeem(confirming.id, confirming.key).catch(() => null);
    if (result?.data) {
      setRedeemed(confirming.name);
      setConfirming(null);
    }
  };

  return (
    <>
      <PageHeader
        title="Rewards"
        subtitle={`You have ${me.spendablePoints.toLocaleString()} points to spend. Redeeming never lowers your ${me.points.toLocaleString()} lifetime points, level or rank.`}
        actions={
          canAuthor(me.role) ? (
            <ButtonLink to="/rewards/review" variant="secondary">
              Review redemptions
            </ButtonLink>
          ) : undefined
        }
      />
      {redeemed && (
        <p role="status" className={styles.notice}>
          “{redeemed}” is on its way to review: its points are held until then.
        </p>
      )}

      <section className={styles.section} aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">Catalogue</h2>
        {rewards.length === 0 ? (
          <EmptyState icon={<Gift size={26} />} title="No rewards yet">
            {admin ? 'Add the first reward below.' : 'When an admin adds rewards, you can spend your points on them here.'}
          </EmptyState>
        ) : (
          <div className={styles.grid}>
            {rewards.map((reward) => (
              <RewardCard
                key={reward.id}
                reward={reward}
                spendable={me.spendablePoints}
                onRedeem={() => {
                  setRedeemed(null);
                  redeeming.reset();
                  setConfirming({ id: reward.id, name: reward.name, cost: reward.cost, key: crypto.randomUUID() });
                }}
                onToggle={admin ? () => void setActive(reward.id, !reward.active).catch(() => null) : undefined}
              />
            ))}
          </div>
        )}
      </section>

      {admin && (
        <section className={styles.section} aria-labelledby="add-reward-heading">
          <h2 id="add-reward-heading">Add a reward</h2>
          <Card>
            <RewardForm />
          </Card>
        </section>
      )}

      <section className={styles.section} aria-labelledby="mine-heading">
        <h2 id="mine-heading">My redemptions</h2>
        {myRedemptions.length === 0 ? (
          <EmptyState icon={<Inbox size={26} />} title="Nothing redeemed yet">
            What you redeem shows here while it waits for review, and after.
          </EmptyState>
        ) : (
          <Card padded={false}>
            <ItemList>
              {myRedemptions.map((redemption) => (
                <li key={redemption.id} className={styles.row}>
                  <div className={styles.what}>
                    <strong>{redemption.reward.name}</strong>
                    <span className={styles.meta}>
                      {redemption.cost.toLocaleString()} pts · {dateFormat.format(new Date(redemption.requestedAt))}
                      {redemption.note ? ` · “${redemption.note}”` : ''}
                    </span>
                  </div>
                  <RedemptionStatusTag status={redemption.status} />
                </li>
              ))}
            </ItemList>
          </Card>
        )}
      </section>

      <ConfirmDialog
        open={confirming !== null}
        title={`Redeem “${confirming?.name ?? ''}”?`}
        confirmLabel="Redeem"
        busy={redeeming.loading}
        error={redeeming.error ? errorMessage(redeeming.error) : null}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {confirming?.cost.toLocaleString()} of your {me.spendablePoints.toLocaleString()} spendable points are held while a manager
          reviews it, and returned if it is rejected.
        </p>
      </ConfirmDialog>
    </>
  );
}
