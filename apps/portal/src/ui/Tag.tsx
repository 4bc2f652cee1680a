import type { ButtonHTMLAttributes, ReactNode } from 'react';
import styles from './Tag.module.css';

type Tone = 'neutral' | 'brand' | 'gold' | 'success' | 'danger' | 'info';

export function Tag({ children, tone = 'neutral', icon }: { children: ReactNode; tone?: Tone; icon?: ReactNode }) {
  return (
    <span className={[styles.tag, styles[tone]].join(' ')}>
      {icon}
      {children}
    </span>
  );
}

/** A toggleable chip, for filters. */
export function Chip({ selected, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { selected: boolean }) {
  return (
    <button type="button" className={[styles.chip, selected ? styles.selected : ''].join(' ')} aria-pressed={selected} {...rest}>
      {children}
    </button>
  );
}
