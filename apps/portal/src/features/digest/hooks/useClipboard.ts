import { useCallback, useEffect, useRef, useState } from 'react';

/** idle, then "copied" for a moment, or "unavailable" when the browser would not copy (no clipboard API, no permission, not HTTPS). */
export type CopyState = 'idle' | 'copied' | 'unavailable';

/** Copies text to the clipboard and says how it went; "copied" fades back to idle. */
export function useClipboard(confirmFor = 2500) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string) => {
      window.clearTimeout(timer.current);
      try {
        if (!navigator.clipboard?.writeText) throw new Error('The clipboard is not available');
        await navigator.clipboard.writeText(text);
        setState('copied');
        timer.current = window.setTimeout(() => setState('idle'), confirmFor);
      } catch {
        setState('unavailable');
      }
    },
    [confirmFor],
  );
  const reset = useCallback(() => setState('idle'), []);
  return { state, copy, reset };
}
