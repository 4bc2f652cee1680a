import styles from './Avatar.module.css';

const PALETTE = ['#166534', '#935d14', '#175cd3', '#9333ea', '#c2410c', '#0e7490'];

/** Initials on a colour picked from the name, so a person keeps the same colour everywhere. */
export function Avatar({ name, size = 36 }: { name: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
  const colour = PALETTE[[...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % PALETTE.length];
  return (
    <span className={styles.avatar} style={{ width: size, height: size, background: colour, fontSize: size * 0.38 }} aria-hidden="true">
      {initials || '?'}
    </span>
  );
}
