import { X } from 'lucide-react';
import type { ElementType } from 'react';
import styles from './RemovableTag.module.css';

interface RemovableTagProps {
  label: string;
  onRemove: () => void;
  disabled?: boolean;
  /** `li` inside a list of tags; a `span` by default. */
  as?: ElementType;
}

/** A chosen value shown as a pill with a button that takes it away. */
export function RemovableTag({ label, onRemove, disabled = false, as: Element = 'span' }: RemovableTagProps) {
  return (
    <Element className={styles.tag}>
      {label}
      <button
        type="button"
        className={styles.remove}
        onClick={onRemove}
        aria-label={`Remove ${label}`}
        title={`Remove ${label}`}
        disabled={disabled}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </Element>
  );
}
