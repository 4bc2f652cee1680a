import { useQuery } from '@apollo/client/react';
import { Lock } from 'lucide-react';
import { MAX_VALUES } from '@laurels/domain';
import { graphql } from '@/gql';
import { isAdmin } from '@/shared/viewer';
import { ButtonLink, EmptyState, ErrorState, Loading, PageHeader, Tag } from '@/ui';
import { KudosAllowanceForm } from '../components/KudosAllowanceForm';
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
    }
  }
`);

/** The organisation's settings, for admins: company values and the monthly kudos allowance. */
export function SettingsPage() {
  const { data, loading, error, refetch } = useQuery(SettingsPageQuery);
  const header = (subtitle?: string) => <PageHeader title="Settings" subtitle={subtitle} />;
  if (loading && !data) return <Loading label="Loading the settings…" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { organization } = data;

  if (!isAdmin(data.me.role)) {
    return (
      <>
        {header()}
        <EmptyState
          icon={<Lock size={26} />}
          title="Only admins can change organisation settings"
          action={<ButtonLink to="/">Back to home</ButtonLink>}
        >
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
      </>
    );
  }

  return (
    <>
      {header(`How recognition works at ${organization.name}.`)}
      <div className={styles.sections}>
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
      </div>
    </>
  );
}
