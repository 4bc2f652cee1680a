import { listMoments } from '@laurels/domain';
import { MessageCircle, Sparkles } from 'lucide-react';
import { useId, useState } from 'react';
import { graphql } from '@/gql';
import type { CelebrationKind, FeedItem_CelebrationFragment } from '@/gql/graphql';
import { CelebrationIcon } from '@/shared/celebrations/CelebrationItem';
import { AvatarLink, PersonLink } from '@/shared/people/PersonLink';
import { Tag, timeAgo } from '@/ui';
import { Markdown } from '@/ui/Markdown';
import { CommentThread } from './CommentThread';
import { ReactionBar } from './ReactionBar';
import styles from './FeedItem.module.css';

export const FeedItemFragment = graphql(`
  fragment FeedItem_celebration on Celebration {
    id
    kind
    title
    body
    icon
    createdAt
    customerName
    level
    grouped {
      id
      kind
      title
      icon
      createdAt
      level
    }
    user {
      id
      displayName
    }
    people {
      id
      displayName
    }
    actor {
      id
      displayName
    }
    team {
      id
      name
    }
    kudos {
      id
      values
      points
    }
    ...ReactionBar_celebration
    ...CommentThread_celebration
  }
`);

const KIND_LABEL: Record<CelebrationKind, string> = {
  BADGE_EARNED: 'Badge',
  LEVEL_UP: 'Level up',
  COURSE_COMPLETED: 'Course completed',
  CERTIFICATION_EARNED: 'Certification',
  TEAM_MILESTONE: 'Team milestone',
  KUDOS: 'Kudos',
  CUSTOMER_PRAISE: 'Customer praise',
  SUCCESS_STORY: 'Success story',
  WORK_ANNIVERSARY: 'Work anniversary',
  MENTORSHIP_COMPLETED: 'Mentorship',
  LEARNING_EVENT: 'Learning event',
};

const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
function Names({ people }: { people: readonly { id: string; displayName: string }[] }) {
  return people.map((person, index) => (
    <span key={person.id}>
      {index > 0 && ', '}
      <PersonLink person={person} />
    </span>
  ));
}

function Body({ celebration }: { celebration: FeedItem_CelebrationFragment }) {
  const { kind, body, kudos, actor, people, user, customerName } = celebration;
  if (kind === 'SUCCESS_STORY') {
    return (
      <div className={styles.story}>
        {body && <Markdown>{body}</Markdown>}
        <p className={styles.byline}>
          {actor && (
            <>
              Shared by <PersonLink person={actor} />
            </>
          )}
          {people.length > 0 && (
            <>
              {' '}
              · about <Names people={people} />
            </>
          )}
        </p>
      </div>
    );
  }
  if (kind === 'KUDOS') {
    return (
      <div className={styles.kudos}>
        {body && <p className={styles.message}>{body}</p>}
        {kudos && (
          <div className={styles.tags}>
            {kudos.values.map((value) => (
              <Tag key={value} tone="brand">
                {value}
              </Tag>
            ))}
            {kudos.points > 0 && (
              <Tag tone="gold" icon={<Sparkles size={12} aria-hidden="true" />}>
                +{kudos.points} points
              </Tag>
            )}
          </div>
        )}
      </div>
    );
  }
  if (kind === 'CUSTOMER_PRAISE' && body) {
    return (
      <figure className={styles.praise}>
        <blockquote>{body}</blockquote>
        <figcaption>
          {customerName ?? 'A customer'}, about {user ? <PersonLink person={user} /> : 'the team'}
        </figcaption>
      </figure>
    );
  }
  return body ? <p className={styles.plain}>{body}</p> : null;
}

type Person = { readonly id: string; readonly displayName: string };

/** The card's title: the moment's own, or for a card of several moments, whose they are and what they were. */
function Headline({ celebration, who }: { celebration: FeedItem_CelebrationFragment; who: Person | null }) {
  if (celebration.grouped.length === 0 || !who) return <>{celebration.title}</>;
  return (
    <>
      <span className={styles.name}>{who.displayName}</span>: {listMoments([celebration, ...celebration.grouped])}
    </>
  );
}

/** Each moment of a grouped card, oldest first, behind a disclosure. */
function GroupedMoments({ celebration }: { celebration: FeedItem_CelebrationFragment }) {
  const moments = [celebration, ...celebration.grouped];
  return (
    <details className={styles.moments}>
      <summary>See each of the {moments.length} moments</summary>
      <ul>
        {moments.map((moment) => (
          <li key={moment.id}>
            <CelebrationIcon kind={moment.kind} icon={moment.icon} size={24} />
            <span>{moment.title}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One card on the feed: who, what and when, the words that go with it, reactions and comments.
 * A person's moments of one minute share a card, told in one sentence and listed one by one below.
 */
export function FeedItem({ celebration, fresh = false }: { celebration: FeedItem_CelebrationFragment; fresh?: boolean }) {
  const titleId = useId();
  const [composing, setComposing] = useState(false);
  const who = celebration.user ?? celebration.people[0] ?? null;
  const grouped = celebration.grouped.length > 0;
  return (
    <article id={`celebration-${celebration.id}`} className={[styles.item, fresh ? styles.fresh : ''].join(' ')} aria-labelledby={titleId}>
      <header className={styles.head}>
        {who ? (
          <span className={styles.who}>
            <AvatarLink person={who} size={44} />
            <CelebrationIcon kind={celebration.kind} icon={celebration.icon} size={22} className={styles.kindIcon} />
          </span>
        ) : (
          <CelebrationIcon kind={celebration.kind} icon={celebration.icon} size={44} />
        )}
        <div className={styles.headText}>
          <h3 id={titleId} className={styles.title}>
            <Headline celebration={celebration} who={who} />
          </h3>
          <p className={styles.meta}>
            <span>{grouped ? 'Achievements' : KIND_LABEL[celebration.kind]}</span>
            {celebration.team && <span>{celebration.team.name}</span>}
            <time dateTime={celebration.createdAt} title={fullDate.format(new Date(celebration.createdAt))}>
              {timeAgo(celebration.createdAt)}
            </time>
          </p>
        </div>
      </header>
      <Body celebration={celebration} />
      {grouped && <GroupedMoments celebration={celebration} />}
      <footer className={styles.foot}>
        <div className={styles.actions}>
          <ReactionBar celebration={celebration} />
          {celebration.comments.length === 0 && !composing && (
            <button type="button" className={styles.commentButton} onClick={() => setComposing(true)}>
              <MessageCircle size={16} aria-hidden="true" />
              Comment
            </button>
          )}
        </div>
        <CommentThread celebration={celebration} composing={composing} />
      </footer>
    </article>
  );
}
