import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '@/gql';

const SetOrganizationValuesMutation = graphql(`
  mutation SetOrganizationValues($values: [String!]!) {
    setOrganizationValues(values: $values) {
      id
      values
    }
  }
`);

const SetKudosAllowanceMutation = graphql(`
  mutation SetKudosAllowance($points: Int!) {
    setKudosAllowance(points: $points) {
      id
      kudosAllowance
    }
  }
`);

/** Replaces the company values; the new list shows at once and is rolled back if the server refuses it. */
export function useSetOrganizationValues(organizationId: string) {
  const [mutate, state] = useMutation(SetOrganizationValuesMutation);
  const save = useCallback(
    (values: string[]) =>
      mutate({
        variables: { values },
        optimisticResponse: { setOrganizationValues: { __typename: 'Organization', id: organizationId, values } },
      }),
    [mutate, organizationId],
  );
  return [save, state] as const;
}

/** Sets the monthly kudos allowance, optimistically. */
export function useSetKudosAllowance(organizationId: string) {
  const [mutate, state] = useMutation(SetKudosAllowanceMutation);
  const save = useCallback(
    (points: number) =>
      mutate({
        variables: { points },
        optimisticResponse: { setKudosAllowance: { __typename: 'Organization', id: organizationId, kudosAllowance: points } },
      }),
    [mutate, organizationId],
  );
  return [save, state] as const;
}

const SetChatWebhookMutation = graphql(`
  mutation SetChatWebhook($url: String) {
    setChatWebhook(url: $url) {
      id
      chatWebhookConfigured
      chatWebhookFailures
    }
  }
`);

const SetOnboardingPathMutation = graphql(`
  mutation SetOnboardingPath($pathId: ID, $dueDays: Int) {
    setOnboardingPath(pathId: $pathId, dueDays: $dueDays) {
      id
      onboardingPath {
        id
        title
      }
      onboardingDueDays
    }
  }
`);

/** Sets the chat channel's webhook URL, or with null stops posting; the server's answer replaces the shown state. */
export function useSetChatWebhook() {
  const [mutate, state] = useMutation(SetChatWebhookMutation);
  const save = useCallback((url: string | null) => mutate({ variables: { url } }), [mutate]);
  return [save, state] as const;
}

/** Sets the onboarding path and its days (null path: off); the server checks both and names the one at fault. */
export function useSetOnboardingPath() {
  const [mutate, state] = useMutation(SetOnboardingPathMutation);
  const save = useCallback((pathId: string | null, dueDays: number | null) => mutate({ variables: { pathId, dueDays } }), [mutate]);
  return [save, state] as const;
}

/** The learning paths an admin may choose for onboarding. */
export const OnboardingPathsQuery = graphql(`
  query OnboardingPaths {
    learningPaths {
      id
      title
    }
  }
`);
