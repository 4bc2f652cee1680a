import { errorField, errorMessage } from '@/shared/apollo';

/** The server's message when its error names `field`, as a sentence to show under that field; null otherwise. */
export function fieldError(error: unknown, field: string): string | null {
  if (!error || errorField(error) !== field) return null;
  const message = errorMessage(error);
  return message.charAt(0).toUpperCase() + message.slice(1);
}
