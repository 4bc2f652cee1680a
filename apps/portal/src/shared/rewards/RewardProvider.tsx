import { ScrollText, Sparkles, Trophy } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { BadgeTier } from '@laurels/domain';
// The shell loads with the first route: ui/ components from their own files, not the barrel.
import { BadgeMedallion } from '@/ui/BadgeMedallion';
import { Button } from '@/ui/Button';
import { throwConfetti } from '@/ui/confetti';
import styles from './RewardProvider.module.css';

export interface Reward {
  readonly points: number;
  readonly reason: string;
  /** The toast's headline instead of "+N points" (a toast is shown when there are points or a headline). */
  readonly title?: string;
  readonly levelUp?: { number: number; title: string } | null;
  readonly badges?: readonly { id: string; name: string; icon: string; tier: BadgeTier }[];
  readonly certifications?: readonly { id: string; name: string }[];
}

type Moment = Required<Pick<Reward, 'badges' | 'certifications'>> & Pick<Reward, 'levelUp'>;

const RewardContext = createContext<((reward: Reward) => void) | null>(null);

/**
 * The moment of reward: a points toast for every award, and a celebration
 * (confetti, the badges, the certification, the new level) when one is earned.
 */
export function RewardProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Reward | null>(null);
  const [moment, setMoment] = useState<Moment | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const celebrate = useCallback((reward: Reward) => {
    if (reward.points > 0 || reward.title) {
      window.clearTimeout(timer.current);
      setToast(reward);
      timer.current = window.setTimeout(() => setToast(null), 4500);
    }
    const badges = reward.badges ?? [];
    const certifications = reward.certifications ?? [];
    if (reward.levelUp || badges.length > 0 || certifications.length > 0) {
      setMoment({ levelUp: reward.levelUp, badges, certifications });
    }
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <RewardContext.Provider value={celebrate}>
      {children}
      <div className={styles.toastRegion} aria-live="polite">
        {toast && (
          <div className={styles.toast} key={`${toast.title ?? ''}-${toast.reason}-${toast.points}`}>
            <span className={styles.burst} aria-hidden="true">
              <Sparkles size={22} />
            </span>
            <span>
              <strong className={styles.toastPoints}>{toast.title ?? `+${toast.points} points`}</strong>
              <span className={styles.toastReason}>{toast.reason}</span>
            </span>
          </div>
        )}
      </div>
      {moment && <CelebrationDialog moment={moment} onClose={() => setMoment(null)} />}
    </RewardContext.Provider>
  );
}

function headline({ certifications, badges, levelUp }: Moment): string {
  if (certifications.length > 0) return 'You are certified!';
  if (badges.length > 1) return `${badges.length} new badges!`;
  if (badges.length === 1) return 'Badge earned!';
  return levelUp ? 'Level up!' : 'Well done!';
}

function CelebrationDialog({ moment, onClose }: { moment: Moment; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    // Drawn on a canvas inside the dialog: a modal dialog sits above everything else.
    if (canvas.current) void throwConfetti({ canvas: canvas.current });
  }, []);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="celebration-title" onClose={onClose} onCancel={onClose}>
      <div className={styles.rays} aria-hidden="true" />
      <canvas ref={canvas} className={styles.confetti} aria-hidden="true" />
      <p className={styles.eyebrow}>Congratulations</p>
      <h2 id="celebration-title" className={styles.title}>
        {headline(moment)}
      </h2>
      <ul className={styles.items}>
        {moment.certifications.map((certification) => (
          <li key={certification.id} className={styles.item}>
            <span className={styles.certificate} aria-hidden="true">
              <ScrollText size={34} />
            </span>
            <span className={styles.itemName}>{certification.name}</span>
          </li>
        ))}
        {moment.badges.map((badge) => (
          <li key={badge.id} className={styles.item}>
            <BadgeMedallion icon={badge.icon} tier={badge.tier} size={76} />
            <span className={styles.itemName}>{badge.name}</span>
          </li>
        ))}
        {moment.levelUp && (
          <li className={styles.item}>
            <span className={styles.trophy} aria-hidden="true">
              <Trophy size={34} />
            </span>
            <span className={styles.itemName}>
              Level {moment.levelUp.number} · {moment.levelUp.title}
            </span>
          </li>
        )}
      </ul>
      <Button variant="reward" size="lg" onClick={onClose} autoFocus>
        Keep learning
      </Button>
    </dialog>
  );
}

export function useReward(): (reward: Reward) => void {
  const celebrate = useContext(RewardContext);
  if (!celebrate) throw new Error('useReward must be used inside <RewardProvider>');
  return celebrate;
}
