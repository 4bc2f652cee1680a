import { Sparkles, Trophy } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/ui';
import styles from './RewardProvider.module.css';

export interface Reward {
  readonly points: number;
  readonly reason: string;
  readonly levelUp?: { number: number; title: string } | null;
}

const RewardContext = createContext<((reward: Reward) => void) | null>(null);

/** Shows the moment of reward: a points toast, and a level-up dialog when a threshold is crossed. */
export function RewardProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Reward | null>(null);
  const [levelUp, setLevelUp] = useState<Reward['levelUp']>(null);
  const timer = useRef<number | undefined>(undefined);

  const celebrate = useCallback((reward: Reward) => {
    if (reward.points > 0) {
      window.clearTimeout(timer.current);
      setToast(reward);
      timer.current = window.setTimeout(() => setToast(null), 4500);
    }
    if (reward.levelUp) setLevelUp(reward.levelUp);
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <RewardContext.Provider value={celebrate}>
      {children}
      <div className={styles.toastRegion} aria-live="polite">
        {toast && (
          <div className={styles.toast} key={`${toast.reason}-${toast.points}`}>
            <span className={styles.burst} aria-hidden="true">
              <Sparkles size={22} />
            </span>
            <span>
              <strong className={styles.toastPoints}>+{toast.points} points</strong>
              <span className={styles.toastReason}>{toast.reason}</span>
            </span>
          </div>
        )}
      </div>
      {levelUp && <LevelUpDialog level={levelUp} onClose={() => setLevelUp(null)} />}
    </RewardContext.Provider>
  );
}

function LevelUpDialog({ level, onClose }: { level: { number: number; title: string }; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="level-up-title" onClose={onClose} onCancel={onClose}>
      <div className={styles.rays} aria-hidden="true" />
      <div className={styles.trophy} aria-hidden="true">
        <Trophy size={44} />
      </div>
      <p className={styles.eyebrow}>Level up!</p>
      <h2 id="level-up-title" className={styles.levelTitle}>
        Level {level.number} · {level.title}
      </h2>
      <p className={styles.levelText}>Your learning is paying off. Keep going — the next level is waiting.</p>
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
