import { CHAT_WEBHOOK_WARN_AFTER } from '@laurels/domain';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { ChatWebhookForm_OrganizationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, FormActions, TextField } from '@/ui';
import { useSetChatWebhook } from '../hooks/useOrganizationSettings';
import styles from './ChatWebhookForm.module.css';
import { fieldError } from '@/shared/field-error';

export const ChatWebhookFormFragment = graphql(`
  fragment ChatWebhookForm_organization on Organization {
    id
    chatWebhookConfigured
    chatWebhookFailures
  }
`);

/**
 * The chat channel celebrations are posted to: a Slack or Teams incoming-webhook URL. The URL is a
 * secret the server keeps encrypted and never sends back, so the form only says whether one is set;
 * after repeated failed posts it says so, for the admin to check the channel or paste a new URL.
 */
export function ChatWebhookForm({ organization }: { organization: ChatWebhookForm_OrganizationFragment }) {
  const [url, setUrl] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [save, { loading, error, reset }] = useSetChatWebhook();
  const serverError = fieldError(error, 'url');
  const failing = organization.chatWebhookConfigured && organization.chatWebhookFailures >= CHAT_WEBHOOK_WARN_AFTER;

  const submit = async (next: string | null) => {
    setDone(null);
    const result = await save(next).catch(() => null);
    if (result?.data) {
      setUrl('');
      setDone(next ? 'Saved. New celebrations will be posted to this channel.' : 'Celebrations are no longer posted to a chat channel.');
    }
  };

  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(url);
      }}
      noValidate
    >
      {failing && (
        <Alert>
          The last {organization.chatWebhookFailures} posts to the chat channel failed. Check that the webhook still exists in Slack or
          Teams, or paste a new URL.
        </Alert>
      )}
      {done && <Alert tone="success">{done}</Alert>}
      {error && !serverError && <Alert>{errorMessage(error)}</Alert>}
      <p className={styles.state}>
        {organization.chatWebhookConfigured
          ? 'Celebrations are posted to your chat channel. Paste a new URL to move them to another.'
          : 'Celebrations are not posted to a chat channel yet.'}
      </p>
      <TextField
        label="Incoming webhook URL"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://hooks.slack.com/services/…"
        value={url}
        onChange={(event) => {
          setUrl(event.target.value);
          setDone(null);
          reset();
        }}
        error={serverError}
        hint="From Slack (Incoming Webhooks) or Microsoft Teams (Incoming Webhook); it starts with https://."
      />
      <FormActions>
        <Button type="submit" busy={loading} disabled={!url.trim()}>
          Save webhook
        </Button>
        {organization.chatWebhookConfigured && (
          <Button type="button" variant="secondary" disabled={loading} onClick={() => void submit(null)}>
            Stop posting
          </Button>
        )}
      </FormActions>
    </form>
  );
}
