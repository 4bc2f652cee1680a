import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describedBy, Frame } from './Field';
import { RemovableTag } from './RemovableTag';
import { SEARCH_DELAY_MS } from './search-delay';
import { Spinner } from './Spinner';
import styles from './Combobox.module.css';

export interface ComboboxOption {
  readonly id: string;
  readonly label: string;
  /** A second line to tell options apart: a team, a role. */
  readonly detail?: string | null;
}

interface ComboboxProps {
  label: string;
  /** Every choice, narrowed here as the user types; or, with onSearch, the choices the search found. */
  options: readonly ComboboxOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /**
   * Searches elsewhere (the server) instead of narrowing `options` here:
   * called with what was typed, trimmed, once typing pauses.
   */
  onSearch?: (query: string) => void;
  /** The search asked for has not answered yet. */
  loading?: boolean;
  /** More choices match than are shown: typing more narrows them. */
  more?: boolean;
  /** Several choices, each shown as a removable token; otherwise a new choice replaces the old one. */
  multiple?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  disabled?: boolean;
  /** What the list says when nothing matches; "Nobody matches “…”" by default. */
  nothingFound?: (query: string) => string;
  /** The choices already made when the field opens (editing something), so their tokens have names before any search lists them. */
  initiallyChosen?: readonly ComboboxOption[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Options whose label or detail contains what was typed, ignoring case and accents. */
export function matchOptions(options: readonly ComboboxOption[], query: string): ComboboxOption[] {
  const wanted = fold(query.trim());
  return wanted ? options.filter((option) => fold(`${option.label} ${option.detail ?? ''}`).includes(wanted)) : [...options];
}

/**
 * A searchable select (the ARIA combobox pattern): type to narrow, arrows and
 * Enter to choose, Escape to close. With onSearch it searches as you type
 * (debounced), says when it is searching and when nobody matches, and keeps
 * the choices made even when a later search no longer lists them.
 */
export function Combobox({
  label,
  options,
  selected,
  onChange,
  onSearch,
  loading = false,
  more = false,
  multiple = false,
  placeholder,
  hint,
  error,
  disabled,
  nothingFound = (query) => `Nobody matches “${query}”`,
  initiallyChosen = [],
}: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Choices made from earlier searches, so their tokens keep their names.
  const [chosenBefore, setChosenBefore] = useState<readonly ComboboxOption[]>(initiallyChosen);

  const wanted = query.trim();
  useEffect(() => {
    if (!onSearch || wanted === searched) return;
    const timer = setTimeout(() => {
      setSearched(wanted);
      onSearch(wanted);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [onSearch, wanted, searched]);

  const searching = onSearch !== undefined && (loading || wanted !== searched);
  // While a search is on its way, the choices already found are narrowed here, so Enter never picks one that does not match.
  const matches = onSearch && !searching ? [...options] : matchOptions(options, query);
  const highlighted = Math.min(active, Math.max(matches.length - 1, 0));
  const known = [...options, ...chosenBefore];
  const chosen = selected.flatMap((choice) => known.find((option) => option.id === choice) ?? []);

  const choose = (option: ComboboxOption) => {
    if (multiple) onChange(selected.includes(option.id) ? selected.filter((choice) => choice !== option.id) : [...selected, option.id]);
    else onChange([option.id]);
    setChosenBefore((before) => [option, ...before.filter((other) => other.id !== option.id)]);
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
      setActive(open ? (highlighted + step + matches.length) % Math.max(matches.length, 1) : 0);
      setOpen(true);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = matches[highlighted];
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
            aria-activedescendant={open && matches[highlighted] ? `${id}-${matches[highlighted].id}` : undefined}
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
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            aria-multiselectable={multiple || undefined}
            aria-busy={searching || undefined}
            className={styles.list}
            onMouseDown={(event) => event.preventDefault()}
          >
            {matches.map((option, index) => (
              <li
                key={option.id}
                id={`${id}-${option.id}`}
                role="option"
                aria-selected={selected.includes(option.id)}
                className={[styles.option, index === highlighted ? styles.active : ''].join(' ')}
                onClick={() => choose(option)}
                onMouseEnter={() => setActive(index)}
              >
                <span>{option.label}</span>
                {option.detail && <span className={styles.detail}>{option.detail}</span>}
              </li>
            ))}
            {searching ? (
              <li className={[styles.none, styles.searching].join(' ')}>
                <Spinner size={14} label="" /> Searching…
              </li>
            ) : matches.length === 0 ? (
              <li className={styles.none}>{nothingFound(wanted)}</li>
            ) : (
              more && <li className={styles.none}>More match: type more of the name to narrow them down.</li>
            )}
          </ul>
        )}
      </div>
    </Frame>
  );
}
