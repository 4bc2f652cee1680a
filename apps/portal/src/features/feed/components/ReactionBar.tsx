import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { ReactionBar_CelebrationFragment } from '@/gql/graphql';
import { useToggleReaction } from '../hooks/useToggleReaction';
import { REACTIONS } from '../reactions';
import { ReactionIcon } from './ReactionIcon';
import styles from './ReactionBar.module.css';

export const ReactionBarFragment = graphql(`
  fragment ReactionBar_celebration on Celebration {
    id
    reactions {
      emoji
      count
    }
    myReactions
  }
`);

/** The six reactions as toggle buttons with their counts; the viewer's own are pressed. */
export function ReactionBar({ celebration }: { celebration: ReactionBar_CelebrationFragment }) {
  // Read from the cache, so an optimistic toggle shows at once wherever the celebration came from.
  const cached = useFragment({ fragment: ReactionBarFragment, from: celebration });
  const current = cached.complete ? cached.data : celebration;
  const toggle = useToggleReaction();
  const [failed, setFailed] = useState(false);

  const press = async (emoji: string) => {
    setFailed(false);
    if (!(await toggle(current, emoji))) setFailed(true);
  };

  return (
    <div className={styles.bar} role="group" aria-label="Reactions">
      {REACTIONS.map(({ emoji, label }) => {
        const count = current.reactions.find((reaction) => reaction.emoji === emoji)?.count ?? 0;
        const mine = current.myReactions.includes(emoji);
        return (
          <button
            key={emoji}
            type="button"
            className={[styles.reaction, mine ? styles.mine : '', count > 0 ? styles.given : ''].join(' ')}
            aria-pressed={mine}
            title={label}
            onClick={() => void press(emoji)}
          >
            <span className={styles.icon}>
              <ReactionIcon emoji={emoji} size={18} />
            </span>
            <span className="visually-hidden">{label}</span>
            {count > 0 && <span className={styles.count}>{count}</span>}
          </button>
        );
      })}
      {failed && (
        <span className={styles.failed} role="alert">
          Could not save your reaction. Try again.
        </span>
      )}
    </div>
  );
}
