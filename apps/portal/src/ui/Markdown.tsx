import ReactMarkdown from 'react-markdown';
import styles from './Markdown.module.css';

/** Course text. react-markdown renders no raw HTML, so authored content cannot inject markup. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className={styles.markdown}>
      <ReactMarkdown>{children}</ReactMarkdown>
    </div>
  );
}
