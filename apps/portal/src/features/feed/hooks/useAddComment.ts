import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const CommentMutation = graphql(`
  mutation CommentOnCelebration($celebrationId: ID!, $body: String!) {
    comment(celebrationId: $celebrationId, body: $body) {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** Comments on a celebration; the new comment joins the end of its thread in the cache. */
export function useAddComment(celebrationId: string) {
  const [comment, state] = useMutation(CommentMutation, {
    update(cache, { data }) {
      const added = data?.comment;
      if (!added) return;
      cache.modify({
        id: cache.identify({ __typename: 'Celebration', id: celebrationId }),
        fields: {
          comments(existing: readonly { __ref: string }[] = [], { toReference }) {
            const ref = toReference(added, true);
            return ref && !existing.some((item) => item.__ref === ref.__ref) ? [...existing, ref] : existing;
          },
        },
      });
    },
  });
  const send = (body: string) => comment({ variables: { celebrationId, body } }).then((result) => Boolean(result.data));
  return [send, state] as const;
}
