import { useQuery } from '@apollo/client/react';
import { Plus, ScrollText } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { isAdmin, useViewer } from '@/shared/viewer';
import { QueryError } from '@/shared/QueryError';
import { Button, EmptyState, Loading, PageHeader } from '@/ui';
import { CertificationCard } from '../components/CertificationCard';
import { NewCertificationForm } from '../components/NewCertificationForm';
import styles from './CertificationsPage.module.css';

const CertificationsQuery = graphql(`
  query Certifications {
    certifications {
      id
      ...CertificationCard_certification
    }
    me {
      id
      certifications {
        id
        certification {
          id
        }
        ...CertificationCard_award
      }
    }
  }
`);

export function CertificationsPage() {
  const { data, loading, error, refetch } = useQuery(CertificationsQuery);
  const viewer = useViewer();
  const [creating, setCreating] = useState(false);
  if (loading && !data) return <Loading label="Loading certifications…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;

  return (
    <>
      <PageHeader
        title="Certifications"
        subtitle="Complete the required courses to be certified. Renew within 30 days of expiry by taking them again."
        actions={
          isAdmin(viewer.data?.me.role) &&
          !creating && (
            <Button icon={<Plus size={18} />} onClick={() => setCreating(true)}>
              New certification
            </Button>
          )
        }
      />
      {creating && <NewCertificationForm onDone={() => setCreating(false)} />}
      {data.certifications.length === 0 ? (
        <EmptyState icon={<ScrollText size={26} />} title="No certifications yet">
          An admin can create certifications from the courses your organisation offers.
        </EmptyState>
      ) : (
        <div className={styles.list}>
          {data.certifications.map((certification) => (
            <CertificationCard
              key={certification.id}
              certification={certification}
              awards={data.me.certifications.filter((award) => award.certification.id === certification.id)}
            />
          ))}
        </div>
      )}
    </>
  );
}
