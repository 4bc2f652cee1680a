import { Check, Copy, Download, Printer } from 'lucide-react';
import { useCallback, useEffect, useRef } from 'react';
import { Alert, Button, Card } from '@/ui';
import { useClipboard } from '../hooks/useClipboard';
import { downloadHtml, previewHtml, printFrame } from '../newsletter';
import styles from './NewsletterPanel.module.css';

interface NewsletterPanelProps {
  /** The self-contained HTML newsletter the API wrote. */
  html: string;
  fileName: string;
}

/** The newsletter as it will be sent: a sandboxed preview, and ways to copy, download or print it. */
export function NewsletterPanel({ html, fileName }: NewsletterPanelProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const fallback = useRef<HTMLTextAreaElement>(null);
  const clipboard = useClipboard();
  const { reset } = clipboard;

  // The preview is as tall as the newsletter: the page scrolls, not a box inside it.
  const fit = useCallback(() => {
    const body = frame.current?.contentDocument?.documentElement;
    if (frame.current && body) frame.current.style.height = `${body.scrollHeight}px`;
  }, []);
  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [fit]);
  useEffect(() => reset(), [html, reset]);
  useEffect(() => {
    // Focused and selected: Ctrl+C is all that is left to do.
    if (clipboard.state !== 'unavailable') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [clipboard.state]);

  return (
    <Card padded={false} className={styles.panel}>
      <div className={styles.toolbar}>
        <p className={styles.lead}>Send it by email, post it on the intranet, or pin it up in the break room.</p>
        <div className={styles.actions}>
          <Button
            variant="secondary"
            size="sm"
            icon={clipboard.state === 'copied' ? <Check size={16} /> : <Copy size={16} />}
            onClick={() => void clipboard.copy(html)}
          >
            {clipboard.state === 'copied' ? 'Copied' : 'Copy HTML'}
          </Button>
          <Button variant="secondary" size="sm" icon={<Download size={16} />} onClick={() => downloadHtml(fileName, html)}>
            Download .html
          </Button>
          <Button variant="secondary" size="sm" icon={<Printer size={16} />} onClick={() => printFrame(frame.current)}>
            Print
          </Button>
        </div>
      </div>
      <p className={styles.status} role="status">
        {clipboard.state === 'copied' ? 'Copied the newsletter’s HTML to the clipboard.' : ''}
      </p>
      {clipboard.state === 'unavailable' && (
        <div className={styles.fallback}>
          <Alert tone="info">
            This browser would not let Laurels copy. The HTML is selected below: press Ctrl+C (⌘C on a Mac) to copy it, or download the file
            instead.
          </Alert>
          <textarea
            ref={fallback}
            className={styles.source}
            readOnly
            value={html}
            aria-label="The newsletter’s HTML"
            rows={6}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
      <iframe
        ref={frame}
        className={styles.preview}
        title="Newsletter preview"
        // No scripts run inside; same origin only so that the page can size the preview and print it.
        sandbox="allow-same-origin allow-modals allow-popups allow-popups-to-escape-sandbox"
        srcDoc={previewHtml(html)}
        onLoad={fit}
      />
    </Card>
  );
}
