import { InvalidInputError } from '../errors/domain-errors.js';

/** Consecutive failed posts after which admins are warned that the chat channel does not take them. */
export const CHAT_WEBHOOK_WARN_AFTER = 3;
const MAX_WEBHOOK_URL = 2048;

/**
 * An incoming-webhook URL (Slack, Microsoft Teams), trimmed: https only, no user name or password
 * in it. `allowLoopbackHttp` lets tests use a plain-http receiver on 127.0.0.1.
 */
export function checkChatWebhookUrl(raw: string, allowLoopbackHttp = false): string {
  const text = raw.trim();
  if (text.length > MAX_WEBHOOK_URL) throw new InvalidInputError('url', `the URL must be at most ${MAX_WEBHOOK_URL} characters`);
  const parts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)([/?#]\S*)?$/i.exec(text);
  if (!parts) throw new InvalidInputError('url', 'paste the incoming webhook’s full URL, starting with https://');
  const [, scheme, authority] = parts as unknown as [string, string, string];
  if (authority.includes('@')) throw new InvalidInputError('url', 'the webhook URL must not carry a user name or password');
  const loopbackHttp = allowLoopbackHttp && scheme.toLowerCase() === 'http' && /^127\.0\.0\.1(:\d{1,5})?$/.test(authority);
  if (scheme.toLowerCase() !== 'https' && !loopbackHttp) throw new InvalidInputError('url', 'the webhook URL must start with https://');
  return text;
}

/**
 * What is posted for a celebration: a `text` message, which both Slack's and Teams' incoming
 * webhooks show as it is, with a link to the feed.
 */
export function chatMessage(celebration: { title: string; body: string | null }, feedUrl: string): { text: string } {
  const body = celebration.body?.trim();
  const excerpt = body && body.length > 280 ? `${body.slice(0, 279)}…` : body;
  return { text: [`🎉 ${celebration.title}`, excerpt, feedUrl].filter(Boolean).join('\n') };
}
