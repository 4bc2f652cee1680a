import { useQuery } from '@apollo/client/react';
import { HandHeart, SearchX } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '@/gql';
import type { FeedItem_CelebrationFragment, Spotlight_CelebrationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { Alert, Button, EmptyState, PageHeader } from '@/ui';
import { ComposerPanel, type ComposerMode } from '../components/ComposerPanel';
import { FeedFilters } from '../components/FeedFilters';
import { FeedList } from '../components/FeedList';
import { FeedSkeleton } from '../components/FeedSkeleton';
import { LiveIndicator } from '../components/LiveIndicator';
import { Spotlight } from '../components/Spotlight';
import { feedVariables, feedView, mergeFeed, readFilter, writeFilter, type FeedFilter } from '../feed-list';
import { useLiveFeed } from '../hooks/useLiveFeed';
import styles from './FeedPage.module.css';

// Sizes keep the query well under the API's cost limit (20,000), where a list counts its page size times what each item asks for.
const FeedPageQuery = graphql(`
  query FeedPage($teamId: ID, $kinds: [CelebrationKind!]) {
    celebrations(first: 10, teamId: $teamId, kinds: $kinds) {
      nodes {
        id
        ...FeedItem_celebration
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    spotlight(first: 5) {
      id
      ...Spotlight_celebration
    }
    me {
      id
      displayName
      kudosAllowanceLeft
      team {
        id
        name
      }
    }
    organization {
      id
      name
      values
      kudosAllowance
    }
  }
`);

/** The team the address filters by, to name it, when it is not the viewer's own. */
const FeedTeamQuery = graphql(`
  query FeedTeam($id: ID!) {
    team(id: $id) {
      id
      name
    }
  }
`);

/** A further page of the same list ("Load more"), or its first page again after the live socket came back. */
const FeedCelebrationsQuery = graphql(`
  query FeedCelebrations($teamId: ID, $kinds: [CelebrationKind!], $after: String) {
    celebrations(first: 10, after: $after, teamId: $teamId, kinds: $kinds) {
      nodes {
        id
        ...FeedItem_celebration
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The organisation's celebrations as they happen: kudos, stories, praise, achievements and milestones. */
export function FeedPage() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  // The same filter in a canonical form: the variables only change when it does.
  const filterParams = writeFilter(filter).toString();
  const variables = useMemo(() => feedVariables(readFilter(new URLSearchParams(filterParams))), [filterParams]);
  const { data, previousData, loading, error, refetch, fetchMore, updateQuery } = useQuery(FeedPageQuery, { variables });
  // ?compose=kudos (a manager's home, thanking someone) opens the kudos composer.
  const [composer, setComposer] = useState<ComposerMode | null>(params.get('compose') === 'kudos' ? 'kudos' : null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const listRef = useRef<HTMLElement>(null);
  const shown = data ?? previousData;

  const insert = useCallback(
    (celebrations: FeedItem_CelebrationFragment[]) =>
      updateQuery((_, { complete, previousData: current }) =>
        complete
          ? { ...current, celebrations: { ...current.celebrations, nodes: mergeFeed(celebrations, current.celebrations.nodes) } }
          : undefined,
      ),
    [updateQuery],
  );
  const catchUp = useCallback(() => {
    void fetchMore({
      query: FeedCelebrationsQuery,
      variables: { ...variables, after: null },
      updateQuery: (current, { fetchMoreResult }) => ({
        ...current,
        celebrations: { ...current.celebrations, nodes: mergeFeed(fetchMoreResult.celebrations.nodes, current.celebrations.nodes) },
      }),
    }).catch(() => null);
  }, [fetchMore, variables]);
  const listed = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    listed.current = new Set(shown?.celebrations.nodes.map((node) => node.id));
  }, [shown]);
  const isListed = useCallback((id: string) => listed.current.has(id), []);
  const live = useLiveFeed({ variables, viewerId: shown?.me.id, listRef, insert, isListed, onReconnected: catchUp });
  const otherTeamId = filter.teamId !== null && filter.teamId !== shown?.me.team?.id ? filter.teamId : null;
  const otherTeam = useQuery(FeedTeamQuery, { variables: { id: otherTeamId ?? '' }, skip: !shown || otherTeamId === null }).data?.team;

  const loadMore = async () => {
    if (!shown?.celebrations.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    await fetchMore({
      query: FeedCelebrationsQuery,
      variables: { ...variables, after: shown.celebrations.pageInfo.endCursor },
      updateQuery: (current, { fetchMoreResult }) => ({
        ...current,
        celebrations: {
          ...current.celebrations,
          nodes: mergeFeed(current.celebrations.nodes, fetchMoreResult.celebrations.nodes),
          pageInfo: fetchMoreResult.celebrations.pageInfo,
        },
      }),
    }).catch((failure: unknown) => setLoadMoreError(errorMessage(failure)));
    setLoadingMore(false);
  };

  const setFilter = (next: FeedFilter) => setParams(writeFilter(next), { replace: true });
  const header = (
    <PageHeader
      title="Feed"
      subtitle="Kudos, success stories, customer praise and achievements, as they happen."
      actions={<LiveIndicator status={live.status} />}
    />
  );

  if (!shown) {
    return (
      <>
        {header}
        {error ? <QueryError title="The feed could not load" error={error} onRetry={() => void refetch()} /> : <FeedSkeleton />}
      </>
    );
  }

  const { me, organization } = shown;
  const view = feedView(shown.celebrations.nodes, live.arrivals, live.filterKey);
  const teamChoices = [
    ...(me.team ? [{ id: me.team.id, label: 'My team' }] : []),
    ...(otherTeam && otherTeam.id === otherTeamId ? [{ id: otherTeam.id, label: otherTeam.name }] : []),
  ];
  const filtered = filter.teamId !== null || filter.groups.length > 0;

  return (
    <>
      {header}
      <div className={styles.layout}>
        <div className={styles.composer}>
          <ComposerPanel
            mode={composer}
            onModeChange={setComposer}
            viewerId={me.id}
            viewerName={me.displayName}
            values={organization.values}
            allowanceLeft={me.kudosAllowanceLeft}
            allowance={organization.kudosAllowance}
            onPosted={(celebration) => insert([celebration])}
            onKudosSent={() => {
              // The celebration comes over the live socket; without it, fetch the list again.
              if (live.status !== 'live') void refetch();
            }}
          />
        </div>
        <aside className={styles.side}>
          {/* The week's top five, and whatever else the viewer has loaded: ranked again as reactions arrive. */}
          <Spotlight celebrations={mergeFeed<Spotlight_CelebrationFragment>(shown.spotlight, shown.celebrations.nodes)} />
        </aside>
        <div className={styles.list}>
          <FeedFilters filter={filter} onChange={setFilter} teams={teamChoices} />
          {error && !loading && <QueryError title="The feed could not refresh" error={error} onRetry={() => void refetch()} />}
          {view.shown.length === 0 && !loading ? (
            filtered ? (
              <EmptyState
                icon={<SearchX size={26} />}
                title="Nothing here yet"
                action={
                  <Button variant="secondary" onClick={() => setFilter({ teamId: null, groups: [] })}>
                    Show everything
                  </Button>
                }
              >
                No celebrations match these filters. New ones will appear here as they happen.
              </EmptyState>
            ) : (
              <EmptyState
                icon={<HandHeart size={26} />}
                title="Nothing celebrated yet — be the first to thank a colleague"
                action={<Button onClick={() => setComposer('kudos')}>Give kudos</Button>}
              >
                Kudos, success stories and everyone’s achievements will appear here as they happen.
              </EmptyState>
            )
          ) : (
            <FeedList
              listRef={listRef}
              items={view.shown}
              fresh={view.fresh}
              waiting={view.waiting}
              onShowNew={live.showNew}
              hasMore={shown.celebrations.pageInfo.hasNextPage}
              loadingMore={loadingMore}
              onLoadMore={() => void loadMore()}
              busy={!data && loading}
            />
          )}
          {loadMoreError && <Alert>More celebrations could not load: {loadMoreError}</Alert>}
        </div>
      </div>
    </>
  );
}
