import { useQuery } from '@apollo/client/react';
import { Inbox } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { RedemptionStatus } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { AvatarLink, PersonLink } from '@/shared/people/PersonLink';
import { QueryError } from '@/shared/QueryError';
import { Alert, BackLink, Button, Card, EmptyState, ItemList, Loading, PageHeader, Segmented } from '@/ui';
import { RedemptionStatusTag } from '../components/RedemptionStatusTag';
import { useReviewRedemption } from '../hooks/useRewards';
import styles from './RedemptionQueuePage.module.css';

const RedemptionQueuePageQuery = graphql(`
  query RedemptionQueuePage($status: RedemptionStatus) {
    redemptions(status: $status) {
      id
      cost
      status
      requestedAt
      note
      reward {
        id
        name
      }
      user {
        id
        displayName
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const STATUSES: { value: RedemptionStatus; label: string }[] = [
  { value: 'PENDING', label: 'To review' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
];

/** Managers and admins: redemptions waiting for review, oldest first, to approve or reject (which returns the points). */
export function RedemptionQueuePage() {
  const [status, setStatus] = useState<RedemptionStatus>('PENDING');
  const { data, loading, error, refetch } = useQuery(RedemptionQueuePageQuery, { variables: { status } });
  const [review, reviewing] = useReviewRedemption();
  const [acting, setActing] = useState<string | null>(null);

  const decide = async (redemptionId: string, approve: boolean) => {
    setActing(redemptionId);
    await review({ variables: { redemptionId, approve } }).catch(() => null);
    setActing(null);
  };

  return (
    <>
      <BackLink to="/rewards">Rewards</BackLink>
      <PageHeader title="Redemption reviews" subtitle="Approve a redemption to hand the reward over; rejecting it returns the points." />
      <Segmented label="Show" value={status} options={STATUSES} onChange={(value) => setStatus(value as RedemptionStatus)} />
      {reviewing.error && <Alert>{errorMessage(reviewing.error)}</Alert>}
      {loading && !data ? (
        <Loading label="Loading the redemptions…" />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !data || data.redemptions.length === 0 ? (
        <EmptyState icon={<Inbox size={26} />} title={status === 'PENDING' ? 'Nothing to review' : 'None yet'}>
          {status === 'PENDING' ? 'When someone in your teams redeems a reward, it waits here for you.' : 'Reviewed redemptions show here.'}
        </EmptyState>
      ) : (
        <Card padded={false} className={styles.list}>
          <ItemList>
            {data.redemptions.map((redemption) => (
              <li key={redemption.id} className={styles.row}>
                <AvatarLink person={redemption.user} decorative />
                <div className={styles.what}>
                  <PersonLink person={redemption.user} />
                  <span>
                    {redemption.reward.name} · {redemption.cost.toLocaleString()} pts
                  </span>
                  <span className={styles.meta}>{dateFormat.format(new Date(redemption.requestedAt))}</span>
                </div>
                {redemption.status === 'PENDING' ? (
                  <div className={styles.actions}>
                    <Button size="sm" busy={acting === redemption.id} onClick={() => void decide(redemption.id, true)}>
                      Approve
                      <span className="visually-hidden">
                        {' '}
                        {redemption.reward.name} for {redemption.user.displayName}
                      </span>
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={acting === redemption.id}
                      onClick={() => void decide(redemption.id, false)}
                    >
                      Reject
                      <span className="visually-hidden">
                        {' '}
                        {redemption.reward.name} for {redemption.user.displayName}
                      </span>
                    </Button>
                  </div>
                ) : (
                  <RedemptionStatusTag status={redemption.status} />
                )}
              </li>
            ))}
          </ItemList>
        </Card>
      )}
    </>
  );
}
