import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CheckCircle2, HandHeart, MessageSquareQuote, Settings2 } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import { PersonLink } from '@/shared/people/PersonLink';
import { QueryError } from '@/shared/QueryError';
import { ButtonLink, Card, Loading, ProgressBar, timeAgo } from '@/ui';
import { behindOrDueSoon, dueLabel } from '../due';
import { NudgeButton } from './NudgeButton';
import styles from './ManagerTeams.module.css';

const DAY_MS = 24 * 60 * 60 * 1000;

const ManagerTeamQuery = graphql(`
  query ManagerTeam($teamId: ID!, $from: DateTime!, $to: DateTime!) {
    team(id: $teamId) {
      id
      name
      memberCount
      milestones(first: 5) {
        id
        title
        progress
        reachedAt
        endsAt
      }
      unrecognised(first: 5) {
        id
        displayName
      }
    }
    teamAssignments(teamId: $teamId, first: 10, open: true) {
      id
      dueAt
      overdue
      assignee {
        id
        displayName
      }
      course {
        id
        title
      }
    }
    recognitionParticipation(teamId: $teamId, from: $from, to: $to) {
      kudosGiven
      kudosReceived
      lastRecognisedAt
      user {
        id
        displayName
      }
    }
    customerFeedback(teamId: $teamId, first: 3) {
      id
      csat
      comment
      customerName
      createdAt
      employee {
        id
        displayName
      }
    }
  }
`);

/** One team at a glance for its manager: who is behind, milestones under way, what customers said, who to thank. */
function TeamDesk({ teamId }: { teamId: string }) {
  const [period] = useState(() => ({ from: new Date(Date.now() - 30 * DAY_MS).toISOString(), to: new Date().toISOString() }));
  const { data, loading, error, refetch } = useQuery(ManagerTeamQuery, { variables: { teamId, ...period } });
  if (loading && !data) return <Loading label="Loading your team…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const team = data?.team;
  if (!data || !team) return null;
  const behind = behindOrDueSoon(data.teamAssignments);
  const milestones = team.milestones.filter(
    (milestone) => !milestone.reachedAt && (!milestone.endsAt || new Date(milestone.endsAt) > new Date()),
  );
  const manage = `/teams/${team.id}/manage`;

  return (
    <Card className={styles.team}>
      <header className={styles.head}>
        <div>
          <h3 className={styles.name}>
            <Link to={`/teams/${team.id}`}>{team.name}</Link>
          </h3>
          <p className={styles.sub}>
            {team.memberCount} {team.memberCount === 1 ? 'member' : 'members'}
          </p>
        </div>
        <ButtonLink to={manage} icon={<Settings2 size={18} />} size="sm">
          Manage team
        </ButtonLink>
      </header>
      <div className={styles.grid}>
        <section aria-labelledby={`${team.id}-behind`}>
          <h4 id={`${team.id}-behind`}>Overdue and due soon</h4>
          {behind.length === 0 ? (
            <p className={styles.calm}>
              <CheckCircle2 size={16} aria-hidden="true" /> Nobody is behind.
            </p>
          ) : (
            <ul className={styles.list}>
              {behind.map((assignment) => (
                <li key={assignment.id} className={styles.row}>
                  <span className={styles.what}>
                    <PersonLink person={assignment.assignee} className={styles.person} />
                    <span>{assignment.course.title}</span>
                  </span>
                  <span className={assignment.overdue ? styles.overdue : styles.soon}>
                    {assignment.dueAt ? dueLabel(assignment.dueAt) : ''}
                  </span>
                  <NudgeButton assignmentId={assignment.id} who={assignment.assignee.displayName} />
                </li>
              ))}
            </ul>
          )}
          <Link to={manage} className={styles.act}>
            Assign or nudge several in Manage team
          </Link>
        </section>
        <section aria-labelledby={`${team.id}-unrecognised`}>
          <h4 id={`${team.id}-unrecognised`}>No kudos in 30 days</h4>
          {team.unrecognised.length === 0 ? (
            <p className={styles.calm}>
              <CheckCircle2 size={16} aria-hidden="true" /> Everyone was thanked lately.
            </p>
          ) : (
            <ul className={styles.list}>
              {team.unrecognised.map((person) => (
                <li key={person.id} className={styles.row}>
                  <PersonLink person={person} className={styles.person} />
                </li>
              ))}
            </ul>
          )}
          <Link to="/feed?compose=kudos" className={styles.act}>
            <HandHeart size={15} aria-hidden="true" /> Give kudos
          </Link>
        </section>
        <section aria-labelledby={`${team.id}-participation`}>
          <h4 id={`${team.id}-participation`}>Kudos given and received, 30 days</h4>
          {data.recognitionParticipation.length === 0 ? (
            <p className={styles.calm}>Nobody in the team yet.</p>
          ) : (
            <ul className={styles.list}>
              {data.recognitionParticipation.map((row) => (
                <li key={row.user.id} className={styles.row}>
                  <PersonLink person={row.user} className={styles.person} />
                  <span className={styles.soon}>
                    {row.kudosGiven} given · {row.kudosReceived} received
                    {row.lastRecognisedAt ? ` · last ${timeAgo(row.lastRecognisedAt)}` : ' · never thanked'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${team.id}-milestones`}>
          <h4 id={`${team.id}-milestones`}>Milestones in progress</h4>
          {milestones.length === 0 ? (
            <p className={styles.calm}>No milestone under way.</p>
          ) : (
            <ul className={styles.milestones}>
              {milestones.map((milestone) => (
                <li key={milestone.id}>
                  <span className={styles.milestoneTitle}>{milestone.title}</span>
                  <ProgressBar value={milestone.progress} label={`${milestone.title}: ${Math.round(milestone.progress * 100)}%`} />
                </li>
              ))}
            </ul>
          )}
          <Link to={`${manage}?tab=milestones`} className={styles.act}>
            Set a milestone
          </Link>
        </section>
        <section aria-labelledby={`${team.id}-feedback`}>
          <h4 id={`${team.id}-feedback`}>Recent customer feedback</h4>
          {data.customerFeedback.length === 0 ? (
            <p className={styles.calm}>No feedback recorded yet.</p>
          ) : (
            <ul className={styles.list}>
              {data.customerFeedback.map((feedback) => (
                <li key={feedback.id} className={styles.feedback}>
                  <span className={styles.csat} aria-label={`CSAT ${feedback.csat} of 5`}>
                    {feedback.csat}/5
                  </span>
                  <span className={styles.what}>
                    <span>
                      {feedback.employee ? <PersonLink person={feedback.employee} className={styles.person} /> : 'The team'} ·{' '}
                      {timeAgo(feedback.createdAt)}
                    </span>
                    {feedback.comment && <q className={styles.comment}>{feedback.comment}</q>}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link to={`${manage}?tab=feedback`} className={styles.act}>
            <MessageSquareQuote size={15} aria-hidden="true" /> Record feedback
          </Link>
        </section>
      </div>
    </Card>
  );
}

/** A manager's teams first on their home, each a click from where to act. */
export function ManagerTeams({ teams }: { teams: readonly { id: string }[] }) {
  return (
    <section className={styles.section} aria-labelledby="my-teams-heading">
      <h2 id="my-teams-heading">{teams.length === 1 ? 'Your team' : 'Your teams'}</h2>
      <div className={styles.teams}>
        {teams.map((team) => (
          <TeamDesk key={team.id} teamId={team.id} />
        ))}
      </div>
    </section>
  );
}
