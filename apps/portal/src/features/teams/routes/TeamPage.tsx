import { useQuery } from '@apollo/client/react';
import { Settings } from 'lucide-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '@/gql';
import { CelebrationItem } from '@/shared/celebrations/CelebrationItem';
import { AvatarLink, PersonLink } from '@/shared/people/PersonLink';
import { QueryError } from '@/shared/QueryError';
import { isAdmin } from '@/shared/viewer';
import { BackLink, BarChart, ButtonLink, Card, ItemList, Loading, PageHeader, plural } from '@/ui';
import { MilestoneCard } from '../components/MilestoneCard';
import styles from './TeamPage.module.css';

const TeamPageQuery = graphql(`
  query TeamPage($id: ID!, $from: DateTime!, $to: DateTime!) {
    team(id: $id) {
      id
      name
      points
      manager {
        id
        displayName
      }
      memberCount
      members(first: 100) {
        id
        displayName
        points
        leaderboardOptOut
        level {
          number
          title
        }
      }
      milestones {
        id
        ...MilestoneCard_milestone
      }
      activity(weeks: 12) {
        weekStart
        modulesCompleted
        coursesCompleted
        averageCsat
        feedbackCount
      }
    }
    feedbackSummary(teamId: $id, from: $from, to: $to) {
      responses
      npsScore
      promoters
      passives
      detractors
    }
    celebrations(first: 8, teamId: $id) {
      nodes {
        id
        ...CelebrationItem_celebration
      }
    }
    me {
      id
      role
    }
  }
`);

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The team's Net Promoter Score in words: the score, or how many more answers it needs. */
function npsLine(summary: { npsScore?: number | null; promoters: number; passives: number; detractors: number }): string {
  const answers = summary.promoters + summary.passives + summary.detractors;
  if (summary.npsScore == null) return `NPS: not enough answers yet (${answers} of 5)`;
  return `NPS ${summary.npsScore > 0 ? '+' : ''}${summary.npsScore} · ${summary.promoters} promoters, ${summary.passives} passives, ${summary.detractors} detractors`;
}

const weekFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A team as everyone sees it: milestones, points, recent achievements, and how learning and CSAT are going. */
export function TeamPage() {
  const { teamId = '' } = useParams();
  const [period] = useState(() => ({ from: new Date(Date.now() - 12 * WEEK_MS).toISOString(), to: new Date().toISOString() }));
  const { data, loading, error, refetch } = useQuery(TeamPageQuery, { variables: { id: teamId, ...period } });
  if (loading && !data) return <Loading label="Loading the team…" />;
  if (error && !data)
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'Team not found', backTo: '/teams', backLabel: 'All teams' }}
      />
    );
  const team = data?.team;
  if (!team || !data) return null;
  const manages = isAdmin(data.me.role) || team.manager?.id === data.me.id;
  const members = [...team.members].sort((a, b) => b.points - a.points);
  const weeks = team.activity.map((week) => ({ ...week, label: weekFormat.format(new Date(week.weekStart)) }));

  return (
    <>
      <BackLink to="/teams">All teams</BackLink>
      <PageHeader
        title={team.name}
        subtitle={
          <>
            {team.manager ? (
              <>
                Managed by <PersonLink person={team.manager} />
              </>
            ) : (
              'No manager yet'
            )}{' '}
            · {plural(team.memberCount, 'member')} · {team.points.toLocaleString()} points
          </>
        }
        actions={
          manages && (
            <ButtonLink to={`/teams/${team.id}/manage`} icon={<Settings size={18} />}>
              Manage team
            </ButtonLink>
          )
        }
      />
      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">Milestones</h2>
            {team.milestones.length === 0 ? (
              <Card>
                <p className={styles.empty}>No milestones yet{manages ? ': set one from “Manage team”.' : '.'}</p>
              </Card>
            ) : (
              <div className={styles.milestones}>
                {team.milestones.map((milestone) => (
                  <MilestoneCard key={milestone.id} milestone={milestone} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="activity-heading" className={styles.section}>
            <h2 id="activity-heading">The last 12 weeks</h2>
            <p className={styles.nps}>{npsLine(data.feedbackSummary)}</p>
            <Card className={styles.charts}>
              <BarChart
                title="Modules completed per week"
                bars={weeks.map((week) => ({ label: week.label, value: week.modulesCompleted }))}
              />
              <BarChart
                title="Average CSAT per week"
                tone="gold"
                max={5}
                format={(value) => value.toFixed(2)}
                bars={weeks.map((week) => ({ label: week.label, value: week.averageCsat }))}
              />
            </Card>
          </section>
        </div>
        <aside className={styles.side}>
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">Recent achievements</h2>
            <Card>
              {data.celebrations.nodes.length === 0 ? (
                <p className={styles.empty}>Nothing celebrated yet.</p>
              ) : (
                data.celebrations.nodes.map((celebration) => <CelebrationItem key={celebration.id} celebration={celebration} />)
              )}
            </Card>
          </section>
          <section aria-labelledby="members-heading" className={styles.section}>
            <h2 id="members-heading">Members</h2>
            <Card padded={false}>
              <ItemList>
                {members.map((member) => (
                  <li key={member.id}>
                    <AvatarLink person={member} size={32} decorative />
                    <span className={styles.member}>
                      <strong>
                        <PersonLink person={member} />
                      </strong>
                      <span>
                        Level {member.level.number} · {member.level.title}
                      </span>
                    </span>
                    {member.leaderboardOptOut && member.id !== data.me.id ? (
                      <span className={styles.private} title="Keeps their points private">
                        Private
                      </span>
                    ) : (
                      <span className={styles.points}>{member.points.toLocaleString()}</span>
                    )}
                  </li>
                ))}
              </ItemList>
              {team.memberCount > team.members.length && (
                <p className={styles.empty}>
                  {team.members.length} of {team.memberCount} members shown: the first by name, ranked by points.
                </p>
              )}
            </Card>
          </section>
        </aside>
      </div>
    </>
  );
}
