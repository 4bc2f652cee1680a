import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '@/gql';

const RedeemRewardMutation = graphql(`
  mutation RedeemReward($rewardId: ID!, $idempotencyKey: String!) {
    redeemReward(rewardId: $rewardId, idempotencyKey: $idempotencyKey) {
      id
      status
      reward {
        id
        stock
      }
    }
  }
`);

const CreateRewardMutation = graphql(`
  mutation CreateReward($input: CreateRewardInput!) {
    createReward(input: $input) {
      id
      ...RewardCard_reward
    }
  }
`);

const SetRewardActiveMutation = graphql(`
  mutation SetRewardActive($rewardId: ID!, $active: Boolean!) {
    setRewardActive(rewardId: $rewardId, active: $active) {
      id
      active
    }
  }
`);

const ReviewRedemptionMutation = graphql(`
  mutation ReviewRedemption($redemptionId: ID!, $approve: Boolean!, $note: String) {
    reviewRedemption(redemptionId: $redemptionId, approve: $approve, note: $note) {
      id
      status
      reviewedAt
      note
    }
  }
`);

/**
 * Redeems a reward. The caller keeps one idempotency key per confirmation, so
 * that a retry after a lost answer redeems once; the balance, the catalogue's
 * stock and the person's redemptions are read again afterwards.
 */
export function useRedeemReward() {
  const [mutate, state] = useMutation(RedeemRewardMutation, { refetchQueries: ['RewardsPage'], awaitRefetchQueries: true });
  const redeem = useCallback((rewardId: string, idempotencyKey: string) => mutate({ variables: { rewardId, idempotencyKey } }), [mutate]);
  return [redeem, state] as const;
}

export function useCreateReward() {
  return useMutation(CreateRewardMutation, { refetchQueries: ['RewardsPage'], awaitRefetchQueries: true });
}

/** Turns a reward on or off at once, rolled back if the server refuses. */
export function useSetRewardActive() {
  const [mutate, state] = useMutation(SetRewardActiveMutation);
  const setActive = useCallback(
    (rewardId: string, active: boolean) =>
      mutate({
        variables: { rewardId, active },
        optimisticResponse: { setRewardActive: { __typename: 'Reward', id: rewardId, active } },
      }),
    [mutate],
  );
  return [setActive, state] as const;
}

/** Approves or rejects a redemption; the queue is read again, as the reviewed one leaves it. */
export function useReviewRedemption() {
  return useMutation(ReviewRedemptionMutation, { refetchQueries: ['RedemptionQueuePage'], awaitRefetchQueries: true });
}
