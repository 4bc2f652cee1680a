import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { toggleReaction, type ReactionState } from '../reactions';

const ReactMutation = graphql(`
  mutation React($celebrationId: ID!, $emoji: String!) {
    react(celebrationId: $celebrationId, emoji: $emoji) {
      id
      ...ReactionBar_celebration
    }
  }
`);

const UnreactMutation = graphql(`
  mutation Unreact($celebrationId: ID!, $emoji: String!) {
    unreact(celebrationId: $celebrationId, emoji: $emoji) {
      id
      ...ReactionBar_celebration
    }
  }
`);

/**
 * Adds or takes back the viewer's emoji, showing the new count at once
 * (optimistic); the server's answer replaces it, a failure rolls it back.
 */
export function useToggleReaction() {
  const [react] = useMutation(ReactMutation);
  const [unreact] = useMutation(UnreactMutation);
  return (celebration: ReactionState & { readonly id: string }, emoji: string): Promise<boolean> => {
    const next = toggleReaction(celebration, emoji);
    const optimistic = {
      __typename: 'Celebration' as const,
      id: celebration.id,
      myReactions: next.myReactions,
      reactions: next.reactions.map((reaction) => ({ __typename: 'ReactionCount' as const, ...reaction })),
    };
    const variables = { celebrationId: celebration.id, emoji };
    const sent = celebration.myReactions.includes(emoji)
      ? unreact({ variables, optimisticResponse: { unreact: optimistic } })
      : react({ variables, optimisticResponse: { react: optimistic } });
    return sent.then(
      () => true,
      () => false,
    );
  };
}
