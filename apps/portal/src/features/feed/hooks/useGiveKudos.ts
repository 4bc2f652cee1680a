import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const GiveKudosMutation = graphql(`
  mutation GiveKudos($input: GiveKudosInput!) {
    giveKudos(input: $input) {
      id
      points
      to {
        id
        displayName
      }
      from {
        id
        kudosAllowanceLeft
      }
    }
  }
`);

/**
 * Gives kudos. The giver's allowance comes back with the answer, so every
 * place showing it updates; the celebration itself arrives over the live feed.
 */
export function useGiveKudos() {
  return useMutation(GiveKudosMutation);
}
