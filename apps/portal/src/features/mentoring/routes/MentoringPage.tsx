import { useQuery } from '@apollo/client/react';
import { HeartHandshake, Plus } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { canAuthor, isAdmin, useViewer } from '@/shared/viewer';
import { Button, Card, EmptyState, Loading, PageHeader, SelectField } from '@/ui';
import { MentorshipCard } from '../components/MentorshipCard';
import { PairingForm } from '../components/PairingForm';
import styles from './MentoringPage.module.css';

const MentoringQuery = graphql(`
  query Mentoring($teamId: ID, $withTeam: Boolean!) {
    mentorships {
      id
      mentor {
        id
      }
      ...MentorshipCard_mentorship
    }
    teamMentorships: mentorships(teamId: $teamId) @include(if: $withTeam) {
      id
      ...MentorshipCard_mentorship
    }
  }
`);

/** My mentorships, as mentor and as mentee, with their sessions; managers and admins pair people here too. */
export function MentoringPage() {
  const viewer = useViewer();
  const me = viewer.data?.me;
  const managed = me?.managedTeams ?? [];
  const [chosenTeamId, setTeamId] = useState<string | null>(null);
  const teamId = chosenTeamId ?? managed[0]?.id ?? null;
  const { data, loading, error, refetch } = useQuery(MentoringQuery, { variables: { teamId, withTeam: teamId !== null } });
  const [pairing, setPairing] = useState(false);
  const canPair = canAuthor(me?.role);

  const header = (
    <PageHeader
      title="Mentoring"
      subtitle="Mentors and mentees meet, log their sessions and grow together. Mentors earn points for one session a day with each mentee."
      actions={
        canPair &&
        !pairing && (
          <Button icon={<Plus size={18} />} onClick={() => setPairing(true)}>
            Pair people
          </Button>
        )
      }
    />
  );
  const form = pairing && me && (
    <Card className={styles.form}>
      <h2 className={styles.heading}>Pair a mentor and a mentee</h2>
      <PairingForm managerId={isAdmin(me.role) ? null : me.id} onDone={() => setPairing(false)} />
    </Card>
  );
  if (loading && !data) return <Loading label="Loading mentorships…" />;
  if (error && !data) {
    return (
      <>
        {header}
        <QueryError error={error} title="Mentorships could not load" onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data || !me) return null;

  const mentoring = data.mentorships.filter((mentorship) => mentorship.mentor.id === me.id);
  const mentored = data.mentorships.filter((mentorship) => mentorship.mentor.id !== me.id);
  const own = new Set(data.mentorships.map((mentorship) => mentorship.id));
  const team = (data.teamMentorships ?? []).filter((mentorship) => !own.has(mentorship.id));
  return (
    <>
      {header}
      {form}
      {data.mentorships.length === 0 && team.length === 0 ? (
        <EmptyState icon={<HeartHandshake size={26} />} title="No mentorships yet">
          {canPair
            ? 'Pair a mentor with a mentee around a goal to begin.'
            : 'Your manager pairs you with a mentor, or with someone to mentor.'}
        </EmptyState>
      ) : (
        <>
          {mentoring.length > 0 && (
            <section aria-labelledby="as-mentor" className={styles.section}>
              <h2 id="as-mentor" className={styles.heading}>
                As mentor
              </h2>
              <div className={styles.list}>
                {mentoring.map((mentorship) => (
                  <MentorshipCard key={mentorship.id} mentorship={mentorship} viewerId={me.id} />
                ))}
              </div>
            </section>
          )}
          {mentored.length > 0 && (
            <section aria-labelledby="as-mentee" className={styles.section}>
              <h2 id="as-mentee" className={styles.heading}>
                As mentee
              </h2>
              <div className={styles.list}>
                {mentored.map((mentorship) => (
                  <MentorshipCard key={mentorship.id} mentorship={mentorship} viewerId={me.id} />
                ))}
              </div>
            </section>
          )}
        </>
      )}
      {teamId && (team.length > 0 || managed.length > 1) && (
        <section aria-labelledby="in-my-teams" className={styles.section}>
          <div className={styles.teamHeading}>
            <h2 id="in-my-teams" className={styles.heading}>
              In {managed.length === 1 ? managed[0]!.name : 'my teams'}
            </h2>
            {managed.length > 1 && (
              <SelectField label="Team" value={teamId} onChange={(event) => setTeamId(event.target.value)}>
                {managed.map((managedTeam) => (
                  <option key={managedTeam.id} value={managedTeam.id}>
                    {managedTeam.name}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          {team.length === 0 ? (
            <p className={styles.none}>No mentorships in this team yet.</p>
          ) : (
            <div className={styles.list}>
              {team.map((mentorship) => (
                <MentorshipCard key={mentorship.id} mentorship={mentorship} viewerId={me.id} />
              ))}
            </div>
          )}
        </section>
      )}
    </>
  );
}
