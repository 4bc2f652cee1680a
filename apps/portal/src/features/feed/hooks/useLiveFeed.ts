import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { graphql } from '@/gql';
import type { FeedItem_CelebrationFragment } from '@/gql/graphql';
import { useLiveStatus, type LiveStatus } from '@/shared/live';
import { useReward } from '@/shared/rewards/RewardProvider';
import { prefersReducedMotion, throwConfetti } from '@/ui';
import { celebratesViewer, cheerFor } from '../cheers';
import { arrive, matchesFeed, noArrivals, reveal, type FeedVariables, type LiveArrivals } from '../feed-list';

const CelebrationAddedSubscription = graphql(`
  subscription FeedCelebrationAdded {
    celebrationAdded {
      id
      ...FeedItem_celebration
    }
  }
`);

interface LiveFeedOptions {
  readonly variables: FeedVariables;
  readonly viewerId: string | undefined;
  /** The list: when its top has scrolled out of view, arrivals wait behind the pill. */
  readonly listRef: RefObject<HTMLElement | null>;
  /** Puts celebrations into the list the page shows (each once). */
  readonly insert: (celebrations: FeedItem_CelebrationFragment[]) => void;
  /** Whether a card is in the list already: a moment that joined it comes as the card again, to update in place. */
  readonly isListed: (id: string) => boolean;
  /** After the socket came back: fetch what was missed while it was down. */
  readonly onReconnected: () => void;
}

export interface LiveFeed {
  readonly status: LiveStatus;
  readonly arrivals: LiveArrivals;
  readonly filterKey: string;
  /** Shows what waited behind the pill and scrolls to it. */
  readonly showNew: () => void;
}

/**
 * The feed's live side: every celebration of the organisation as it is
 * committed; those the filter shows join the list (at once at the top, or
 * behind a "N new" pill when the viewer has scrolled down); the viewer's own
 * moments get a toast and confetti wherever the filter stands.
 */
export function useLiveFeed({ variables, viewerId, listRef, insert, isListed, onReconnected }: LiveFeedOptions): LiveFeed {
  const filterKey = JSON.stringify(variables);
  const [arrivals, setArrivals] = useState(() => noArrivals(filterKey));
  const status = useLiveStatus();
  const reward = useReward();
  const client = useApolloClient();

  const atTop = useCallback(() => (listRef.current?.getBoundingClientRect().top ?? 0) >= -8, [listRef]);

  useSubscription(CelebrationAddedSubscription, {
    onData: ({ data }) => {
      const celebration = data.data?.celebrationAdded;
      if (!celebration) return;
      const update = isListed(celebration.id);
      if (viewerId && celebratesViewer(celebration, viewerId)) {
        reward({ points: 0, ...cheerFor(update ? newestMoment(celebration) : celebration) });
        void throwConfetti({ particles: 120, origin: { y: 0.25 } });
        // Their points, level or streak moved: the shell shows them.
        void client.refetchQueries({ include: ['Viewer'] });
      }
      if (!matchesFeed(celebration, variables)) return;
      insert([celebration]);
      if (!update) setArrivals((state) => arrive(state, filterKey, celebration.id, atTop()));
    },
  });

  // Back from a drop: what was committed meanwhile never came over the socket.
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'reconnecting' && status === 'live') onReconnected();
    previous.current = status;
  }, [status, onReconnected]);

  // Coming back to the top shows what waited, as pressing the pill does.
  const waiting = arrivals.key === filterKey && arrivals.pending.length > 0;
  useEffect(() => {
    if (!waiting) return;
    const onScroll = () => {
      if (atTop()) setArrivals(reveal);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [waiting, atTop]);

  const showNew = useCallback(() => {
    setArrivals(reveal);
    listRef.current?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  }, [listRef]);

  return { status, arrivals, filterKey, showNew };
}

/** The moment that just joined a card: its newest, told as a moment of its own. */
function newestMoment(card: FeedItem_CelebrationFragment): FeedItem_CelebrationFragment {
  const newest = card.grouped.at(-1);
  return newest ? { ...card, ...newest, body: null, grouped: [] } : card;
}
