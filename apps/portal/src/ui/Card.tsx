import type { HTMLAttributes } from 'react';
import styles from './Card.module.css';

export function Card({ className, padded = true, ...rest }: HTMLAttributes<HTMLDivElement> & { padded?: boolean }) {
  return <div className={[styles.card, padded ? styles.padded : '', className ?? ''].join(' ')} {...rest} />;
}
