import { InvalidInputError } from '../errors/domain-errors.js';
import { chatMessage, checkChatWebhookUrl } from './chat-channels.js';

describe('checkChatWebhookUrl', () => {
  it('takes an https URL, trimmed', () => {
    expect(checkChatWebhookUrl('  https://hooks.slack.com/services/T0/B0/xyz ')).toBe('https://hooks.slack.com/services/T0/B0/xyz');
  });

  it.each([
    ['http://hooks.slack.com/services/T0/B0/xyz', 'the webhook URL must start with https://'],
    ['hooks.slack.com/services/T0', 'paste the incoming webhook’s full URL, starting with https://'],
    ['ftp://example.com/hook', 'the webhook URL must start with https://'],
    ['https://user:secret@example.com/hook', 'the webhook URL must not carry a user name or password'],
    [`https://example.com/${'a'.repeat(2048)}`, 'the URL must be at most 2048 characters'],
    ['http://127.0.0.1:8080/hook', 'the webhook URL must start with https://'],
  ])('refuses %s, naming the url field', (url, message) => {
    expect(() => checkChatWebhookUrl(url)).toThrow(new InvalidInputError('url', message));
  });

  it('takes plain http on 127.0.0.1 only when allowed, and no other host', () => {
    expect(checkChatWebhookUrl('http://127.0.0.1:8080/hook', true)).toBe('http://127.0.0.1:8080/hook');
    expect(() => checkChatWebhookUrl('http://localhost:8080/hook', true)).toThrow(InvalidInputError);
    expect(() => checkChatWebhookUrl('http://10.0.0.1/hook', true)).toThrow(InvalidInputError);
  });
});

describe('chatMessage', () => {
  it('is a text with the title, the body cut at 280 characters, and the feed’s link', () => {
    expect(chatMessage({ title: 'Ana Lopez: 3 years at Acme', body: null }, 'https://laurels.example/feed')).toEqual({
      text: '🎉 Ana Lopez: 3 years at Acme\nhttps://laurels.example/feed',
    });
    const { text } = chatMessage({ title: 'Kudos', body: 'x'.repeat(400) }, 'https://laurels.example/feed');
    expect(text.split('\n')[1]).toHaveLength(280);
    expect(text.split('\n')[1]!.endsWith('…')).toBe(true);
  });
});
