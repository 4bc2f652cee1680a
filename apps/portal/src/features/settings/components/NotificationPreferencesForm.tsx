import { useMutation, useQuery } from '@apollo/client/react';
import { NotificationKind } from '@laurels/domain';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { Alert, Loading } from '@/ui';
import styles from './NotificationPreferencesForm.module.css';

const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      inApp
      email
    }
  }
`);

const SetPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {
      kind
      inApp
      email
    }
  }
`);

const LABELS: Record<NotificationKind, string> = {
  [NotificationKind.ASSIGNMENT_DUE]: 'Assignments due soon',
  [NotificationKind.ASSIGNMENT_OVERDUE]: 'Overdue assignments',
  [NotificationKind.NUDGE]: 'Nudges from your manager',
  [NotificationKind.CERTIFICATION_EXPIRING]: 'Certifications about to expire',
  [NotificationKind.KUDOS_RECEIVED]: 'Kudos you receive',
  [NotificationKind.BADGE_EARNED]: 'Badges you earn',
  [NotificationKind.COMMENT]: 'Comments on your moments',
  [NotificationKind.REDEMPTION_REVIEWED]: 'Reward redemptions reviewed',
  [NotificationKind.CLAIM_REVIEWED]: 'Learning claims reviewed',
  [NotificationKind.COACHING]: 'Coaching sessions',
  [NotificationKind.DIGEST]: 'The weekly digest (email only)',
};

/** Each kind of notification, in the portal and by email: a change is saved at once. */
export function NotificationPreferencesForm() {
  const { data, loading, error, refetch } = useQuery(PreferencesQuery);
  const [save, saving] = useMutation(SetPreferenceMutation);
  if (loading && !data) return <Loading label="Loading your notification settings…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const change = (kind: NotificationKind, inApp: boolean, email: boolean) =>
    void save({
      variables: { kind, inApp, email },
      optimisticResponse: { setNotificationPreference: { __typename: 'NotificationPreference', kind, inApp, email } },
    });
  return (
    <>
      {saving.error && <Alert>{errorMessage(saving.error)}</Alert>}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Notification</th>
            <th scope="col">In Laurels</th>
            <th scope="col">By email</th>
          </tr>
        </thead>
        <tbody>
          {data.notificationPreferences.map((preference) => (
            <tr key={preference.kind}>
              <th scope="row">{LABELS[preference.kind]}</th>
              <td>
                {preference.kind !== NotificationKind.DIGEST && (
                  <input
                    type="checkbox"
                    aria-label={`${LABELS[preference.kind]} in Laurels`}
                    checked={preference.inApp}
                    onChange={(event) => change(preference.kind, event.target.checked, preference.email)}
                  />
                )}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${LABELS[preference.kind]} by email`}
                  checked={preference.email}
                  onChange={(event) => change(preference.kind, preference.inApp, event.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
