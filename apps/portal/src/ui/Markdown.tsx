import { lazy, Suspense } from 'react';
import styles from './Markdown.module.css';

/** The Markdown renderer (a third of the shared code) loads with the first text that needs it, not with the app. */
const ReactMarkdown = lazy(() => import('react-markdown'));

/** Course text. react-markdown renders no raw HTML, so authored content cannot inject markup. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className={styles.markdown}>
      <Suspense fallback={<p className={styles.pending}>{children}</p>}>
        <ReactMarkdown>{children}</ReactMarkdown>
      </Suspense>
    </div>
  );
}
