import { Award, Flame, GraduationCap } from 'lucide-react';
import type { ReactNode } from 'react';
import styles from './AuthLayout.module.css';

/** The frame around sign-in and sign-up: the product's promise beside the form. */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <aside className={styles.story}>
        <div className={styles.brand}>
          <img src="/favicon.svg" alt="" width={40} height={40} />
          Laurels
        </div>
        <h2 className={styles.headline}>Great service, learned every day and celebrated by everyone.</h2>
        <ul className={styles.points}>
          <li>
            <GraduationCap size={20} aria-hidden="true" /> Bite-sized lessons, quizzes and role-play scenarios
          </li>
          <li>
            <Flame size={20} aria-hidden="true" /> Points, levels and streaks that make progress visible
          </li>
          <li>
            <Award size={20} aria-hidden="true" /> Badges and certifications your customers can trust
          </li>
        </ul>
      </aside>
      <main className={styles.formSide}>
        <div className={styles.form}>
          <h1>{title}</h1>
          <p className={styles.subtitle}>{subtitle}</p>
          {children}
        </div>
      </main>
    </div>
  );
}
