import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const PostStoryMutation = graphql(`
  mutation PostSuccessStory($input: PostSuccessStoryInput!) {
    postSuccessStory(input: $input) {
      id
      ...FeedItem_celebration
    }
  }
`);

/** Posts a success story; the answer is the celebration, ready to show before the live feed brings it too. */
export function usePostStory() {
  return useMutation(PostStoryMutation);
}
