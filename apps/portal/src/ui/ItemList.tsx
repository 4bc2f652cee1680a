import type { ReactNode } from 'react';
import styles from './ItemList.module.css';

interface ItemListProps {
  children: ReactNode;
  /** An <ol>, for rankings. */
  ordered?: boolean;
  /** Each item is one link that fills the row and highlights on hover. */
  links?: boolean;
  /** Items' contents aligned to the top rather than the middle (several lines beside an icon). */
  alignTop?: boolean;
  className?: string;
}

/** A list of rows divided by rules, the shape most lists in the portal take inside a card. */
export function ItemList({ children, ordered = false, links = false, alignTop = false, className }: ItemListProps) {
  const List = ordered ? 'ol' : 'ul';
  const classes = [styles.list, links ? styles.links : styles.items, alignTop ? styles.top : '', className ?? ''].join(' ');
  return <List className={classes}>{children}</List>;
}
