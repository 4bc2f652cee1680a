import { useQuery } from '@apollo/client/react';
import { Award, Plus } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { isAdmin, useViewer } from '@/shared/viewer';
import { QueryError } from '@/shared/QueryError';
import { Button, EmptyState, Loading, PageHeader, plural } from '@/ui';
import { BadgeTile } from '../components/BadgeTile';
import { NewBadgeForm } from '../components/NewBadgeForm';
import styles from './BadgesPage.module.css';

const BadgeWallQuery = graphql(`
  query BadgeWall {
    myBadgeProgress {
      badge {
        id
      }
      earned
      current
      target
      ...BadgeTile_progress
    }
  }
`);

export function BadgesPage() {
  const { data, loading, error, refetch } = useQuery(BadgeWallQuery);
  const viewer = useViewer();
  const [creating, setCreating] = useState(false);
  if (loading && !data) return <Loading label="Loading your badges…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const all = data?.myBadgeProgress ?? [];
  const earned = all.filter((progress) => progress.earned);
  // Closest first: the badges a little more effort will unlock.
  const locked = all.filter((progress) => !progress.earned).sort((a, b) => b.current / b.target - a.current / a.target);

  return (
    <>
      <PageHeader
        title="Badges"
        subtitle="Every badge and what earns it, decided up front. Automatic badges arrive the moment they are deserved."
        actions={
          isAdmin(viewer.data?.me.role) &&
          !creating && (
            <Button icon={<Plus size={18} />} onClick={() => setCreating(true)}>
              New badge
            </Button>
          )
        }
      />
      {creating && <NewBadgeForm onDone={() => setCreating(false)} />}
      {all.length === 0 ? (
        <EmptyState icon={<Award size={26} />} title="No badges yet">
          An admin can create the badges your organisation celebrates.
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="earned-heading" className={styles.section}>
            <h2 id="earned-heading">
              Earned <span className={styles.count}>{plural(earned.length, 'badge')}</span>
            </h2>
            {earned.length === 0 ? (
              <p className={styles.hint}>Complete your first module to earn “First Steps”.</p>
            ) : (
              <div className={styles.grid}>
                {earned.map((progress) => (
                  <BadgeTile key={progress.badge.id} progress={progress} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="locked-heading" className={styles.section}>
            <h2 id="locked-heading">
              Still to earn <span className={styles.count}>{plural(locked.length, 'badge')}</span>
            </h2>
            <div className={styles.grid}>
              {locked.map((progress) => (
                <BadgeTile key={progress.badge.id} progress={progress} />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  );
}
