import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      user {
        id
      }
    }
  }
`);

/** Changes the viewer's password; the server signs out their other sign-ins and renews this one's cookie. */
export function useChangePassword() {
  return useMutation(ChangePasswordMutation);
}
