import { useQuery } from '@apollo/client/react';
import { Lock } from 'lucide-react';
import { MAX_VALUES } from '@laurels/domain';
import { graphql } from '@/gql';
import { isAdmin } from '@/shared/viewer';
import { QueryError } from '@/shared/QueryError';
import { ButtonLink, EmptyState, Loading, PageHeader, Tag } from '@/ui';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ChatWebhookForm } from '../components/ChatWebhookForm';
import { KudosAllowanceForm } from '../components/KudosAllowanceForm';
import { NotificationPreferencesForm } from '../components/NotificationPreferencesForm';
import { OnboardingPathsQuery } from '../hooks/useOrganizationSettings';
import { OnboardingForm } from '../components/OnboardingForm';
import { SettingsSection } from '../components/SettingsSection';
import { ValuesEditor } from '../components/ValuesEditor';
import styles from './SettingsPage.module.css';

const SettingsPageQuery = graphql(`
  query SettingsPage {
    me {
      id
      role
    }
    organization {
      id
      name
      values
      ...ValuesEditor_organization
      ...KudosAllowanceForm_organization
      ...ChatWebhookForm_organization
      ...OnboardingForm_organization
    }
  }
`);

/** Everyone's own account (the password); for admins, the organisation: company values, the kudos allowance, the chat channel, and the way to People. */
export function SettingsPage() {
  const { data, loading, error, refetch } = useQuery(SettingsPageQuery);
  const admin = isAdmin(data?.me.role);
  const paths = useQuery(OnboardingPathsQuery, { skip: !admin });
  if (loading && !data) return <Loading label="Loading the settings…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { organization } = data;

  const password = (
    <SettingsSection
      id="password-heading"
      title="Your password"
      intro="Changing it signs you out on every other device and browser; you stay signed in here."
    >
      <ChangePasswordForm />
    </SettingsSection>
  );
  const notifications = (
    <SettingsSection
      id="notifications-heading"
      title="Notifications"
      intro="What Laurels tells you about, in the portal and by email. Every email also has a link to stop that kind of email."
    >
      <NotificationPreferencesForm />
    </SettingsSection>
  );

  if (!admin) {
    return (
      <>
        <PageHeader title="Settings" subtitle="Your account." />
        <div className={styles.sections}>
          {password}
          {notifications}
          <EmptyState icon={<Lock size={26} />} title="Only admins can change organisation settings">
            <p>Ask an admin of {organization.name} to change the company values or the monthly kudos allowance.</p>
            {organization.values.length > 0 && (
              <>
                <p className={styles.caption}>The company values kudos are tagged with today:</p>
                <ul className={styles.values}>
                  {organization.values.map((value) => (
                    <li key={value}>
                      <Tag tone="brand">{value}</Tag>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </EmptyState>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Settings" subtitle={`Your account, and how recognition works at ${organization.name}.`} />
      <div className={styles.sections}>
        {password}
        {notifications}
        <SettingsSection
          id="values-heading"
          title="Company values"
          intro={`People tag their kudos with these, so name what exceptional service means here: 1 to ${MAX_VALUES} values.`}
        >
          <ValuesEditor organization={organization} />
        </SettingsSection>
        <SettingsSection
          id="allowance-heading"
          title="Monthly kudos allowance"
          intro="The points each person may give away with kudos in a calendar month. With 0, kudos are thanks without points."
        >
          <KudosAllowanceForm organization={organization} />
        </SettingsSection>
        <SettingsSection
          id="chat-heading"
          title="Chat channel"
          intro="Post every celebration to a Slack or Microsoft Teams channel as it happens, through the channel’s incoming webhook."
        >
          <ChatWebhookForm organization={organization} />
        </SettingsSection>
        <SettingsSection
          id="onboarding-heading"
          title="Onboarding"
          intro="The learning path everyone you add from now on is assigned on their first day, and how long they have for it. Changing it later leaves those already onboarded as they are."
        >
          {paths.error ? (
            <QueryError error={paths.error} onRetry={() => void paths.refetch()} />
          ) : paths.loading && !paths.data ? (
            <Loading label="Loading the learning paths…" />
          ) : (
            <OnboardingForm organization={organization} paths={paths.data?.learningPaths ?? []} />
          )}
        </SettingsSection>
        <SettingsSection
          id="people-heading"
          title="People and teams"
          intro="Add people or import them from a spreadsheet, change their team or role, deactivate someone who has left, and run the teams: all on the People page."
        >
          <ButtonLink to="/people" variant="secondary">
            Go to People
          </ButtonLink>
        </SettingsSection>
      </div>
    </>
  );
}
