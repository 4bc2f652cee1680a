import type { TextareaHTMLAttributes } from 'react';
import { TextAreaField, type FieldProps } from './Field';
import { Markdown } from './Markdown';
import styles from './MarkdownField.module.css';

interface MarkdownFieldProps extends FieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> {
  value: string;
  /** Whether the rendered Markdown shows instead of the text box. */
  preview: boolean;
  onPreviewChange: (preview: boolean) => void;
}

/** A Markdown text box with a Preview / Edit switch beside its label. */
export function MarkdownField({ preview, onPreviewChange, value, label, error, ...rest }: MarkdownFieldProps) {
  const toggle = (
    <button type="button" className={styles.toggle} onClick={() => onPreviewChange(!preview)} aria-pressed={preview}>
      {preview ? 'Edit' : 'Preview'}
    </button>
  );
  if (!preview) return <TextAreaField label={label} error={error} action={toggle} value={value} {...rest} />;
  return (
    <div className={styles.previewField}>
      <div className={styles.previewHead}>
        <span>{label} · preview</span>
        {toggle}
      </div>
      <div className={styles.preview}>{value.trim() ? <Markdown>{value}</Markdown> : <em>Nothing to preview yet.</em>}</div>
      {error && <span className={styles.error}>{error}</span>}
    </div>
  );
}
