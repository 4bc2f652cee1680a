import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describedBy, Frame } from './Field';
import { RemovableTag } from './RemovableTag';
import styles from './Combobox.module.css';

export interface ComboboxOption {
  readonly id: string;
  readonly label: string;
  /** A second line to tell options apart: a team, a role. */
  readonly detail?: string | null;
}

interface ComboboxProps {
  label: string;
  options: readonly ComboboxOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** Several choices, each shown as a removable token; otherwise a new choice replaces the old one. */
  multiple?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  disabled?: boolean;
}

/** Options whose label or detail contains what was typed, ignoring case and accents. */
export function matchOptions(options: readonly ComboboxOption[], query: string): ComboboxOption[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const wanted = fold(query.trim());
  return wanted ? options.filter((option) => fold(`${option.label} ${option.detail ?? ''}`).includes(wanted)) : [...options];
}

/** A searchable select (the ARIA combobox pattern): type to narrow, arrows and Enter to choose, Escape to close. */
export function Combobox({ label, options, selected, onChange, multiple = false, placeholder, hint, error, disabled }: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = matchOptions(options, query);
  const chosen = selected.flatMap((choice) => options.filter((option) => option.id === choice));

  const choose = (option: ComboboxOption) => {
    if (multiple) onChange(selected.includes(option.id) ? selected.filter((choice) => choice !== option.id) : [...selected, option.id]);
    else onChange([option.id]);
    setQuery('');
    setActive(0);
    // Closed after each choice, so the list never covers what comes next; typing or an arrow opens it again.
    setOpen(false);
  };
  const remove = (option: ComboboxOption) => onChange(selected.filter((choice) => choice !== option.id));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(open ? (active + step + matches.length) % Math.max(matches.length, 1) : 0);
      setOpen(true);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = matches[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && chosen.length > 0) {
      remove(chosen[chosen.length - 1]!);
    }
  };

  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <div className={styles.anchor}>
        <div className={[styles.box, error ? styles.invalid : '', disabled ? styles.disabled : ''].join(' ')}>
          {chosen.map((option) => (
            <RemovableTag key={option.id} label={option.label} onRemove={() => remove(option)} disabled={disabled} />
          ))}
          <input
            id={id}
            className={styles.input}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && matches[active] ? `${id}-${matches[active].id}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, { label, hint, error })}
            autoComplete="off"
            value={query}
            disabled={disabled}
            placeholder={chosen.length > 0 && !multiple ? '' : placeholder}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
        </div>
        {open && (
          // Choosing with the mouse must not blur the input first.
          <ul id={listId} role="listbox" aria-label={label} aria-multiselectable={multiple || undefined} className={styles.list} onMouseDown={(event) => event.preventDefault()}>
            {matches.map((option, index) => (
              <li
                key={option.id}
                id={`${id}-${option.id}`}
                role="option"
                aria-selected={selected.includes(option.id)}
                className={[styles.option, index === active ? styles.active : ''].join(' ')}
                onClick={() => choose(option)}
                onMouseEnter={() => setActive(index)}
              >
                <span>{option.label}</span>
                {option.detail && <span className={styles.detail}>{option.detail}</span>}
              </li>
            ))}
            {matches.length === 0 && <li className={styles.none}>Nobody matches “{query.trim()}”</li>}
          </ul>
        )}
      </div>
    </Frame>
  );
}
