import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { useReward } from '@/shared/rewards/RewardProvider';

const CompleteModuleMutation = graphql(`
  mutation CompleteModule($input: CompleteModuleInput!) {
    completeModule(input: $input) {
      pointsAwarded
      levelUp {
        number
        title
      }
      newBadges {
        id
        badge {
          id
          name
          icon
          tier
        }
      }
      newCertifications {
        id
        certification {
          id
          name
        }
      }
      completion {
        id
        passed
        module {
          id
          myCompletion {
            id
            passed
            score
            completedAt
            feedback {
              questionId
              correct
              explanation
            }
          }
        }
      }
      enrollment {
        id
        status
        progress
        completedAt
      }
    }
  }
`);

/**
 * Submits a module. Each submission carries its own idempotency key, so a
 * retried request can never award twice; points, badges, certifications and
 * level-ups are celebrated.
 */
export function useCompleteModule(moduleTitle: string, courseTitle: string) {
  const celebrate = useReward();
  const [mutate, state] = useMutation(CompleteModuleMutation, { refetchQueries: ['Viewer'] });
  const complete = async (moduleId: string, answers?: number[]) => {
    const result = await mutate({ variables: { input: { moduleId, answers, idempotencyKey: crypto.randomUUID() } } }).catch(() => null);
    const payload = result?.data?.completeModule;
    if (payload) {
      const finished = payload.enrollment.status === 'COMPLETED' && payload.pointsAwarded > 0 && payload.completion.passed;
      celebrate({
        points: payload.pointsAwarded,
        reason: finished ? `Course complete: “${courseTitle}”` : `Passed “${moduleTitle}”`,
        levelUp: payload.levelUp,
        badges: payload.newBadges.map((award) => award.badge),
        certifications: payload.newCertifications.map((award) => ({ id: award.id, name: award.certification.name })),
      });
    }
    return payload ?? null;
  };
  return [complete, state] as const;
}
