import type { InputHTMLAttributes, ReactNode } from 'react';
import styles from './Form.module.css';

/** Two fields side by side; one above the other on a narrow screen. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}

interface FieldGroupProps {
  legend: string;
  children: ReactNode;
  /** The choices in a bordered grid, for lists of people or courses. */
  boxed?: boolean;
  /** Lays the choices out differently (a row of icon tiles, stars). */
  className?: string;
}

/** A fieldset of related choices under one legend. */
export function FieldGroup({ legend, children, boxed = false, className }: FieldGroupProps) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={[boxed ? styles.box : styles.choices, className ?? ''].join(' ')}>{children}</div>
    </fieldset>
  );
}

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { type: 'checkbox' | 'radio'; label: ReactNode };

/** A checkbox or radio button with its label. */
export function Choice({ label, ...input }: ChoiceProps) {
  return (
    <label className={styles.choice}>
      <input {...input} />
      {label}
    </label>
  );
}

/** The buttons at the foot of a form. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}
