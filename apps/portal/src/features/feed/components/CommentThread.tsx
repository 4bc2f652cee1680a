import { SendHorizontal } from 'lucide-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { graphql } from '@/gql';
import type { CommentThread_CelebrationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { AvatarLink, PersonLink } from '@/shared/people/PersonLink';
import { timeAgo } from '@/ui';
import { useAddComment } from '../hooks/useAddComment';
import styles from './CommentThread.module.css';

export const CommentThreadFragment = graphql(`
  fragment CommentThread_celebration on Celebration {
    id
    comments {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

const COLLAPSED = 2;
const MAX_LENGTH = 1000;

interface CommentThreadProps {
  celebration: CommentThread_CelebrationFragment;
  /** The composer was asked for (it always shows under existing comments). */
  composing?: boolean;
}

/** The conversation under a celebration: the last two comments unless all are asked for, and a one-line composer. */
export function CommentThread({ celebration, composing = false }: CommentThreadProps) {
  const [expanded, setExpanded] = useState(false);
  const [draft, setDraft] = useState('');
  const [send, { loading, error }] = useAddComment(celebration.id);
  const comments = celebration.comments;
  const hidden = expanded ? 0 : Math.max(0, comments.length - COLLAPSED);
  const text = draft.trim();
  if (comments.length === 0 && !composing) return null;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text || loading) return;
    if (await send(text).catch(() => false)) {
      setDraft('');
      setExpanded(true);
    }
  };

  // Enter sends, Shift+Enter starts a new line; a composing input method keeps its Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <div className={styles.thread}>
      {hidden > 0 && (
        <button type="button" className={styles.more} onClick={() => setExpanded(true)}>
          Show all {comments.length} comments
        </button>
      )}
      {comments.length > 0 && (
        <ul className={styles.comments} aria-label="Comments">
          {comments.slice(hidden).map((comment) => (
            <li key={comment.id} className={styles.comment}>
              <AvatarLink person={comment.author} size={28} decorative />
              <div className={styles.bubble}>
                <span className={styles.meta}>
                  <strong>
                    <PersonLink person={comment.author} />
                  </strong>
                  <time dateTime={comment.createdAt}>{timeAgo(comment.createdAt)}</time>
                </span>
                <p className={styles.body}>{comment.body}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.composer} onSubmit={submit}>
        <textarea
          className={styles.input}
          rows={1}
          value={draft}
          maxLength={MAX_LENGTH}
          placeholder="Write a comment…"
          aria-label="Write a comment"
          autoFocus={composing && comments.length === 0}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className={styles.send} disabled={!text || loading} aria-label="Send comment" title="Send (Enter)">
          <SendHorizontal size={18} aria-hidden="true" />
        </button>
      </form>
      {error && (
        <p className={styles.error} role="alert">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}
