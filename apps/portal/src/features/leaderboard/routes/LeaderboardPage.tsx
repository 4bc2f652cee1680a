import { useMutation, useQuery } from '@apollo/client/react';
import { Trophy } from 'lucide-react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { LeaderboardPeriod, LeaderboardScope } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { AvatarLink, PersonLink } from '@/shared/people/PersonLink';
import { Alert, Avatar, Card, EmptyState, ItemList, Loading, PageHeader, Segmented } from '@/ui';
import styles from './LeaderboardPage.module.css';

const LeaderboardQueryDocument = graphql(`
  query Leaderboard($scope: LeaderboardScope!, $period: LeaderboardPeriod!) {
    leaderboard(scope: $scope, period: $period, first: 20) {
      ...LeaderboardPage_entry
    }
    myLeaderboardEntry(scope: $scope, period: $period) {
      ...LeaderboardPage_entry
    }
    leaderboardCount(scope: $scope)
    me {
      id
      leaderboardOptOut
      team {
        id
      }
    }
  }

  fragment LeaderboardPage_entry on LeaderboardEntry {
    rank
    points
    user {
      id
      displayName
      team {
        id
        name
      }
    }
    team {
      id
      name
    }
  }
`);

const SetOptOutMutation = graphql(`
  mutation SetLeaderboardOptOut($optOut: Boolean!) {
    setLeaderboardOptOut(optOut: $optOut) {
      id
      leaderboardOptOut
    }
  }
`);

const PERIODS: { value: LeaderboardPeriod; label: string }[] = [
  { value: 'WEEK', label: 'This week' },
  { value: 'MONTH', label: 'This month' },
  { value: 'QUARTER', label: 'This quarter' },
  { value: 'ALL_TIME', label: 'All time' },
];
const SCOPES: { value: LeaderboardScope; label: string }[] = [
  { value: 'INDIVIDUAL', label: 'People' },
  { value: 'TEAM', label: 'Teams' },
];

/** A person or a team on the board. */
interface Placed {
  readonly user: { readonly id: string; readonly displayName: string } | null;
  readonly team: { readonly id: string; readonly name: string } | null;
}

/** "Top 20 of 20,000 people", or "All 12 people" when the whole board fits. */
function shownOf(shown: number, count: number, scope: LeaderboardScope): string {
  const what = scope === 'INDIVIDUAL' ? (count === 1 ? 'person' : 'people') : count === 1 ? 'team' : 'teams';
  return shown < count ? `Top ${shown.toLocaleString()} of ${count.toLocaleString()} ${what}` : `All ${count.toLocaleString()} ${what}`;
}

const nameOf = (entry: Placed) => entry.user?.displayName ?? entry.team?.name ?? '';
const keyOf = (entry: Placed) => entry.user?.id ?? entry.team?.id ?? '';

/** A person's avatar links to their profile, beside their linked name; a team's is its initials. */
function PlacedAvatar({ entry, size }: { entry: Placed; size: number }) {
  return entry.user ? <AvatarLink person={entry.user} size={size} decorative /> : <Avatar name={nameOf(entry)} size={size} />;
}

function PlacedName({ entry }: { entry: Placed }) {
  return entry.user ? <PersonLink person={entry.user} /> : <>{nameOf(entry)}</>;
}

export function LeaderboardPage() {
  const [scope, setScope] = useState<LeaderboardScope>('INDIVIDUAL');
  const [period, setPeriod] = useState<LeaderboardPeriod>('MONTH');
  const { data, previousData, loading, error, refetch } = useQuery(LeaderboardQueryDocument, { variables: { scope, period } });
  const [setOptOut, optingOut] = useMutation(SetOptOutMutation, { refetchQueries: ['Leaderboard'] });
  const shown = data ?? previousData;
  const board = shown?.leaderboard ?? [];
  const mine = shown?.myLeaderboardEntry ?? null;
  const myKey = scope === 'INDIVIDUAL' ? shown?.me.id : shown?.me.team?.id;
  const podium = board.filter((entry) => entry.rank <= 3 && entry.points > 0).slice(0, 3);
  const rest = board.slice(podium.length);
  const onBoard = board.some((entry) => keyOf(entry) === myKey);

  return (
    <>
      <PageHeader
        title="Leaderboard"
        subtitle="Points earned from training and recognition. Equal points share a place."
        actions={
          <div className={styles.switches}>
            <Segmented label="Who" value={scope} options={SCOPES} onChange={setScope} />
            <Segmented label="Period" value={period} options={PERIODS} onChange={setPeriod} />
          </div>
        }
      />
      {error && !shown ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <Loading label="Loading the leaderboard…" />
      ) : board.length === 0 ? (
        <EmptyState icon={<Trophy size={26} />} title="Nobody on the board yet">
          Points earned in this period will put people here.
        </EmptyState>
      ) : (
        <div className={styles.board} aria-busy={loading}>
          <p className={styles.shown}>{shownOf(board.length, shown.leaderboardCount, scope)}</p>
          {podium.length > 0 && (
            <ol className={styles.podium} aria-label="Top three">
              {podium.map((entry) => (
                <li
                  key={keyOf(entry)}
                  className={[styles.step, styles[`place${entry.rank}`], keyOf(entry) === myKey ? styles.me : ''].join(' ')}
                >
                  <PlacedAvatar entry={entry} size={entry.rank === 1 ? 72 : 56} />
                  <strong className={styles.podiumName}>
                    <PlacedName entry={entry} />
                  </strong>
                  <span className={styles.podiumPoints}>{entry.points.toLocaleString()} pts</span>
                  <span className={styles.block} role="img" aria-label={`Rank ${entry.rank}`}>
                    {entry.rank}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {rest.length > 0 && (
            <Card padded={false} className={styles.board}>
              <ItemList ordered>
                {rest.map((entry) => (
                  <li key={keyOf(entry)} className={keyOf(entry) === myKey ? styles.meRow : ''}>
                    <span className={styles.rank}>{entry.rank}</span>
                    <PlacedAvatar entry={entry} size={32} />
                    <span className={styles.name}>
                      <PlacedName entry={entry} />
                      {entry.user?.team && <span className={styles.team}>{entry.user.team.name}</span>}
                    </span>
                    <span className={styles.points}>{entry.points.toLocaleString()}</span>
                  </li>
                ))}
              </ItemList>
            </Card>
          )}
          {mine && !onBoard && (
            <Card padded={false} className={[styles.board, styles.sticky].join(' ')} role="region" aria-label="Your place">
              <ItemList>
                <li className={styles.meRow}>
                  <span className={styles.rank}>{mine.rank.toLocaleString()}</span>
                  <Avatar name={nameOf(mine)} size={32} />
                  <span className={styles.name}>{scope === 'INDIVIDUAL' ? 'You' : `Your team · ${nameOf(mine)}`}</span>
                  <span className={styles.points}>{mine.points.toLocaleString()}</span>
                </li>
              </ItemList>
            </Card>
          )}
          {mine && onBoard && (
            <p className={styles.yours}>
              {scope === 'INDIVIDUAL' ? 'You are' : 'Your team is'} <strong>#{mine.rank.toLocaleString()}</strong> with{' '}
              {mine.points.toLocaleString()} points.
            </p>
          )}
          {scope === 'INDIVIDUAL' && shown && (
            <label className={styles.optOut}>
              <input
                type="checkbox"
                checked={shown.me.leaderboardOptOut}
                disabled={optingOut.loading}
                onChange={(event) => void setOptOut({ variables: { optOut: event.target.checked } }).catch(() => null)}
              />
              Keep me off other people’s leaderboards (you still see your own place)
            </label>
          )}
          {optingOut.error && <Alert>Your choice was not saved: {errorMessage(optingOut.error)}</Alert>}
        </div>
      )}
    </>
  );
}
