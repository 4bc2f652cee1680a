import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useId } from 'react';
import { Button } from '@/ui';
import type { LocalDay, Week } from '@laurels/domain';
import { weekLabel } from '../week';
import styles from './WeekPicker.module.css';

interface WeekPickerProps {
  /** The weeks to choose from, newest (the current week) first. */
  weeks: readonly Week[];
  /** The Monday of the chosen week. */
  value: LocalDay;
  onChange: (monday: LocalDay) => void;
}

/** Steps back and forth through the recent weeks, or jumps to one: "This week", "Last week", "9–15 Nov"... */
export function WeekPicker({ weeks, value, onChange }: WeekPickerProps) {
  const id = useId();
  const index = Math.max(
    0,
    weeks.findIndex((week) => week.monday === value),
  );
  const older = weeks[index + 1];
  const newer = weeks[index - 1];
  const current = weeks[0];
  if (!current) return null;
  return (
    <div className={styles.picker}>
      <Button
        variant="secondary"
        size="sm"
        className={styles.step}
        icon={<ChevronLeft size={18} />}
        aria-label="Previous week"
        disabled={!older}
        onClick={() => older && onChange(older.monday)}
      />
      <label htmlFor={id} className="visually-hidden">
        Week
      </label>
      <select id={id} className={styles.select} value={weeks[index]?.monday} onChange={(event) => onChange(event.target.value)}>
        {weeks.map((week) => (
          <option key={week.monday} value={week.monday}>
            {weekLabel(week, current)}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        size="sm"
        className={styles.step}
        icon={<ChevronRight size={18} />}
        aria-label="Next week"
        disabled={!newer}
        onClick={() => newer && onChange(newer.monday)}
      />
    </div>
  );
}
