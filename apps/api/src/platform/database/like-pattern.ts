/** Text to match literally in a LIKE pattern: its own %, _ and \ escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (special) => `\\${special}`);
}
