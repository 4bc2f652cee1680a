import { BookOpen } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { MAX_STORY_BODY, MAX_STORY_TITLE } from '@laurels/domain';
import type { FeedItem_CelebrationFragment } from '@/gql/graphql';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { TeamPicker } from '@/shared/pickers/TeamPicker';
import { Alert, Button, MarkdownField, sentence, TextField } from '@/ui';
import { useComposerForm } from '../hooks/useComposerForm';
import { usePostStory } from '../hooks/usePostStory';
import styles from './Composer.module.css';

interface StoryComposerProps {
  /** The story as the server answered it, to show at once. */
  onPosted?: (celebration: FeedItem_CelebrationFragment) => void;
}

const BLANK = { title: '', body: '', userIds: [] as string[], teamId: '' };
const FIELDS = ['title', 'body', 'userIds', 'teamId'];

/** Tells the story of colleagues or a team going the extra mile, in Markdown, with a preview. */
export function StoryComposer({ onPosted }: StoryComposerProps) {
  const [preview, setPreview] = useState(false);
  const [post, { loading, error, reset }] = usePostStory();
  const { form, done: posted, edit, fieldError, formError, finish } = useComposerForm(BLANK, FIELDS, { error, reset });
  const missing = [
    ...(form.title.trim() ? [] : ['give it a title']),
    ...(form.body.trim() ? [] : ['tell the story']),
    ...(form.userIds.length > 0 || form.teamId ? [] : ['say whom it is about: people, a team or both']),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missing.length > 0 || loading) return;
    const input = { title: form.title.trim(), body: form.body.trim(), userIds: form.userIds, teamId: form.teamId || null };
    const result = await post({ variables: { input } }).catch(() => null);
    if (result?.data) {
      finish(`“${result.data.postSuccessStory.title}” is on the feed.`);
      setPreview(false);
      onPosted?.(result.data.postSuccessStory);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Share a success story">
      {posted && <Alert tone="success">{posted}</Alert>}
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Title"
        maxLength={MAX_STORY_TITLE}
        placeholder="Launch day rescue"
        value={form.title}
        onChange={(event) => edit({ title: event.target.value })}
        error={fieldError('title')}
        hint={`${form.title.length}/${MAX_STORY_TITLE}`}
      />
      <MarkdownField
        label="The story (Markdown)"
        preview={preview}
        onPreviewChange={setPreview}
        rows={6}
        maxLength={MAX_STORY_BODY}
        placeholder={'What happened, who stepped up, what the customer said…\n\n**Bold**, _italics_ and lists work.'}
        value={form.body}
        onChange={(event) => edit({ body: event.target.value })}
        error={fieldError('body')}
        hint={`${form.body.length}/${MAX_STORY_BODY}`}
      />
      <div className={styles.row}>
        <PeoplePicker
          label="People"
          multiple
          placeholder="Add colleagues…"
          selected={form.userIds}
          onChange={(userIds) => edit({ userIds })}
          error={fieldError('userIds')}
        />
        <TeamPicker
          label="Team"
          placeholder="No team: search for one…"
          value={form.teamId}
          onChange={(teamId) => edit({ teamId })}
          error={fieldError('teamId')}
        />
      </div>
      <div className={styles.actions}>
        <Button type="submit" busy={loading} disabled={missing.length > 0} icon={<BookOpen size={18} aria-hidden="true" />}>
          Post story
        </Button>
        {missing.length > 0 && !loading && !posted && <span className={styles.missing}>{sentence(missing)}</span>}
      </div>
    </form>
  );
}
