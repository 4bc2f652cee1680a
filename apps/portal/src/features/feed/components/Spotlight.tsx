import { MessageCircle, Star } from 'lucide-react';
import { groupSentence, spotlight } from '@laurels/domain';
import { graphql } from '@/gql';
import type { Spotlight_CelebrationFragment } from '@/gql/graphql';
import { CelebrationIcon } from '@/shared/celebrations/CelebrationItem';
import { AvatarLink } from '@/shared/people/PersonLink';
import { Card } from '@/ui';
import styles from './Spotlight.module.css';
import { ReactionIcon } from './ReactionIcon';

export const SpotlightFragment = graphql(`
  fragment Spotlight_celebration on Celebration {
    id
    kind
    icon
    title
    createdAt
    level
    grouped {
      id
      kind
      level
    }
    user {
      id
      displayName
    }
    reactions {
      emoji
      count
    }
    comments {
      id
    }
  }
`);

/** How much a moment moved people, as the domain's spotlight rule measures it. */
const engagement = (celebration: Spotlight_CelebrationFragment) => ({
  id: celebration.id,
  createdAt: new Date(celebration.createdAt),
  reactions: celebration.reactions.reduce((sum, reaction) => sum + reaction.count, 0),
  comments: celebration.comments.length,
});

/** The week's three most celebrated moments: most reactions and comments in the last seven days. */
export function Spotlight({ celebrations }: { celebrations: readonly Spotlight_CelebrationFragment[] }) {
  const top = spotlight(celebrations, engagement, new Date());
  return (
    <Card className={styles.card} role="region" aria-labelledby="spotlight-heading">
      <h2 id="spotlight-heading" className={styles.heading}>
        <Star size={18} aria-hidden="true" className={styles.star} /> Spotlight
      </h2>
      <p className={styles.lead}>This week’s most celebrated moments</p>
      {top.length === 0 ? (
        <p className={styles.empty}>Nothing in the spotlight yet: a reaction or a comment puts a moment here.</p>
      ) : (
        <ol className={styles.list}>
          {top.map((celebration, index) => {
            const reactions = celebration.reactions.reduce((sum, reaction) => sum + reaction.count, 0);
            return (
              <li key={celebration.id} className={styles.entry}>
                <span className={[styles.rank, styles[`rank${index + 1}`]].join(' ')}>{index + 1}</span>
                {celebration.user ? (
                  <AvatarLink person={celebration.user} size={32} />
                ) : (
                  <CelebrationIcon kind={celebration.kind} icon={celebration.icon} size={32} />
                )}
                <div className={styles.text}>
                  <a href={`#celebration-${celebration.id}`} className={styles.title}>
                    {celebration.grouped.length > 0 && celebration.user
                      ? groupSentence(celebration.user.displayName, [celebration, ...celebration.grouped])
                      : celebration.title}
                  </a>
                  <span className={styles.counts}>
                    <span>
                      {celebration.reactions.slice(0, 3).map((reaction) => (
                        <ReactionIcon key={reaction.emoji} emoji={reaction.emoji} size={13} />
                      ))}{' '}
                      {reactions}
                      <span className="visually-hidden"> {reactions === 1 ? 'reaction' : 'reactions'}</span>
                    </span>
                    {celebration.comments.length > 0 && (
                      <span>
                        <MessageCircle size={13} aria-hidden="true" /> {celebration.comments.length}
                        <span className="visually-hidden"> {celebration.comments.length === 1 ? 'comment' : 'comments'}</span>
                      </span>
                    )}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
