import { useQuery } from '@apollo/client/react';
import { Users } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { Avatar, Card, EmptyState, Loading, PageHeader, plural } from '@/ui';
import styles from './TeamsPage.module.css';

const TeamsQuery = graphql(`
  query Teams {
    organization {
      id
      teams {
        id
        name
        points
        manager {
          id
          displayName
        }
        memberCount
        members(first: 6) {
          id
          displayName
        }
      }
    }
    me {
      id
      team {
        id
      }
    }
  }
`);

export function TeamsPage() {
  const { data, loading, error, refetch } = useQuery(TeamsQuery);
  if (loading && !data) return <Loading label="Loading teams…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const teams = data?.organization.teams ?? [];
  return (
    <>
      <PageHeader title="Teams" subtitle="Every team’s milestones, achievements and progress." />
      {teams.length === 0 ? (
        <EmptyState icon={<Users size={26} />} title="No teams yet">
          An admin creates teams and gives each a manager.
        </EmptyState>
      ) : (
        <div className={styles.grid}>
          {teams.map((team) => (
            <Link key={team.id} to={`/teams/${team.id}`} className={styles.link}>
              <Card className={[styles.team, team.id === data?.me.team?.id ? styles.mine : ''].join(' ')}>
                <div className={styles.head}>
                  <h2>{team.name}</h2>
                  {team.id === data?.me.team?.id && <span className={styles.badge}>Your team</span>}
                </div>
                <p className={styles.meta}>
                  {team.manager ? `Managed by ${team.manager.displayName}` : 'No manager yet'} · {plural(team.memberCount, 'member')}
                </p>
                <div className={styles.faces}>
                  {team.members.map((member) => (
                    <Avatar key={member.id} name={member.displayName} size={30} />
                  ))}
                </div>
                <strong className={styles.points}>{team.points.toLocaleString()} pts</strong>
              </Card>
            </Link>
          ))}
        </div>
      )}
    </>
  );
}
