import { Link } from 'react-router';
// Used by the shell's pages and the first route: ui/ components from their own files, not the barrel.
import { Avatar } from '@/ui/Avatar';
import styles from './PersonLink.module.css';

interface Person {
  readonly id: string;
  readonly displayName: string;
}

export const profilePath = (personId: string) => `/people/${personId}`;

/** A person's name, linking to their profile. */
export function PersonLink({ person, className }: { person: Person; className?: string }) {
  return (
    <Link to={profilePath(person.id)} className={[styles.name, className ?? ''].join(' ')}>
      {person.displayName}
    </Link>
  );
}

/**
 * A person's avatar, linking to their profile. Beside their linked name it is
 * `decorative`: the same link again for the pointer, skipped by keyboard and
 * screen readers; alone it is the link, named for them.
 */
export function AvatarLink({ person, size, decorative = false }: { person: Person; size?: number; decorative?: boolean }) {
  return (
    <Link to={profilePath(person.id)} className={styles.avatar} {...(decorative ? { tabIndex: -1, 'aria-hidden': true } : {})}>
      <Avatar name={person.displayName} size={size} />
      {/* Named in text, not aria-label: the initials shown are hidden from screen readers. */}
      {!decorative && <span className="visually-hidden">{person.displayName}’s profile</span>}
    </Link>
  );
}
