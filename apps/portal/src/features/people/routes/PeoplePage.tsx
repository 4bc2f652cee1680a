import { Lock, UserPlus, Upload } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { QueryError } from '@/shared/QueryError';
import { isAdmin, useViewer } from '@/shared/viewer';
import { Alert, Button, Card, EmptyState, Loading, PageHeader } from '@/ui';
import { ImportPeople } from '../components/ImportPeople';
import { PeopleDirectory } from '../components/PeopleDirectory';
import { PersonDialog, type EditedPerson } from '../components/PersonDialog';
import { TeamsPanel } from '../components/TeamsPanel';
import styles from './PeoplePage.module.css';

function Section({ id, title, intro, children }: { id: string; title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <Card className={styles.section} role="region" aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      <p className={styles.intro}>{intro}</p>
      {children}
    </Card>
  );
}

/** Which person dialog is open: adding someone, or editing someone; the key starts each afresh. */
type Dialog = { readonly person: EditedPerson | null; readonly key: number } | null;

/**
 * Where an admin runs the organisation's people and teams: the directory
 * (search, edit, deactivate, reactivate), adding one person or importing a
 * CSV file of them, and the teams with their managers.
 */
export function PeoplePage() {
  const { data, loading, error, refetch } = useViewer();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (loading && !data) return <Loading label="Loading people…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  if (!isAdmin(data.me.role)) {
    return (
      <>
        <PageHeader title="People" />
        <EmptyState icon={<Lock size={26} />} title="People and teams are run by admins">
          <p>Ask an admin of {data.organization.name} to add someone, change a team or deactivate an account.</p>
        </EmptyState>
      </>
    );
  }
  const finished = (message: string) => {
    setDialog(null);
    setImporting(false);
    setDone(message);
  };

  return (
    <>
      <PageHeader
        title="People"
        subtitle={`Who works at ${data.organization.name}, in which team, and who can sign in.`}
        actions={
          <>
            <Button variant="secondary" icon={<Upload size={16} />} onClick={() => setImporting(!importing)} aria-expanded={importing}>
              Import CSV
            </Button>
            <Button icon={<UserPlus size={16} />} onClick={() => setDialog({ person: null, key: Date.now() })}>
              Add person
            </Button>
          </>
        }
      />
      <div className={styles.sections}>
        {done && <Alert tone="success">{done}</Alert>}
        {importing && (
          <Section
            id="import-heading"
            title="Import people"
            intro="Everyone in the file is added at once, or nobody is: a row with a problem stops the import until it is fixed. Importing the same file again adds only those not here yet."
          >
            <ImportPeople onImported={finished} />
          </Section>
        )}
        <Section
          id="directory-heading"
          title="Directory"
          intro="Deactivate someone who has left: they are signed out at once and cannot sign in, and everything they earned stays. Reactivate them to let them back."
        >
          <PeopleDirectory viewerId={data.me.id} onEdit={(person) => setDialog({ person, key: Date.now() })} />
        </Section>
        <Section
          id="teams-heading"
          title="Teams"
          intro="Every team has a name of its own; its manager assigns training and sees how the team does."
        >
          <TeamsPanel />
        </Section>
      </div>
      {dialog && (
        <PersonDialog
          key={dialog.key}
          open
          person={dialog.person}
          viewerId={data.me.id}
          onDone={finished}
          onCancel={() => setDialog(null)}
        />
      )}
    </>
  );
}
