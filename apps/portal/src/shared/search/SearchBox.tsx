import { useQuery } from '@apollo/client/react';
import { Search } from 'lucide-react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '@/gql';
// The shell loads with the first route: ui/ components from their own files, not the barrel.
import { SEARCH_DELAY_MS } from '@/ui/search-delay';
import { Spinner } from '@/ui/Spinner';
import { allResults, groupResults, moveHighlight, type SearchResult } from './results';
import styles from './SearchBox.module.css';

/** Results of each kind the box shows: typing more narrows them. */
const PER_KIND = 5;

const ShellSearchQuery = graphql(`
  query ShellSearch($query: String!) {
    people(search: $query, first: 5) {
      nodes {
        id
        displayName
        team {
          id
          name
        }
      }
    }
    search(query: $query, perKind: 5) {
      courses {
        id
        title
      }
      badges {
        id
        name
      }
      teams {
        id
        name
      }
    }
  }
`);

/**
 * One search box for people, courses, badges and teams (the ARIA combobox
 * pattern, its listbox grouped by kind): it searches as you type, once typing
 * pauses; arrows walk the results, Enter opens the highlighted one, Escape
 * closes the list (or, when empty, calls onClose).
 */
export function SearchBox({ autoFocus = false, onClose, className }: { autoFocus?: boolean; onClose?: () => void; className?: string }) {
  const id = useId();
  const listId = `${id}-results`;
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const wanted = query.trim();

  useEffect(() => {
    if (wanted === searched) return;
    const timer = setTimeout(() => setSearched(wanted), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, searched]);

  const { data, previousData, loading } = useQuery(ShellSearchQuery, { variables: { query: searched }, skip: searched === '' });
  const answer = data ?? previousData;
  const groups = answer && searched !== '' ? groupResults(answer) : [];
  const results = allResults(groups);
  const highlighted = Math.min(active, Math.max(results.length - 1, 0));
  const searching = wanted !== searched || loading;
  const showList = open && wanted !== '';
  const optionId = (result: SearchResult) => `${id}-${result.kind}-${result.id}`;

  const openResult = (result: SearchResult) => {
    setQuery('');
    setSearched('');
    setOpen(false);
    onClose?.();
    void navigate(result.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (['ArrowDown', 'ArrowUp'].includes(event.key) || (showList && ['Home', 'End'].includes(event.key) && results.length > 0)) {
      event.preventDefault();
      setOpen(true);
      setActive(moveHighlight(highlighted, results.length, event.key));
    } else if (event.key === 'Enter' && showList && results[highlighted]) {
      event.preventDefault();
      openResult(results[highlighted]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showList) setOpen(false);
      else onClose?.();
    }
  };

  return (
    <div className={[styles.search, className ?? ''].join(' ')} role="search">
      <div className={styles.field}>
        <Search size={16} aria-hidden="true" className={styles.icon} />
        <input
          // Opened on purpose (the small screen's search button): the field takes the focus.
          autoFocus={autoFocus}
          className={styles.input}
          type="search"
          role="combobox"
          aria-label="Search people, courses, badges and teams"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && results[highlighted] ? optionId(results[highlighted]) : undefined}
          autoComplete="off"
          placeholder="Search Laurels"
          value={query}
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
      {showList && (
        // Choosing with the mouse must not blur the input first.
        <div
          id={listId}
          role="listbox"
          aria-label="Search results"
          aria-busy={searching || undefined}
          className={styles.results}
          onMouseDown={(event) => event.preventDefault()}
        >
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className={styles.group}>
              <div id={`${id}-${group.kind}`} role="presentation" className={styles.groupTitle}>
                {group.title}
              </div>
              {group.results.map((result) => {
                const index = results.indexOf(result);
                return (
                  <div
                    key={result.id}
                    id={optionId(result)}
                    role="option"
                    aria-selected={index === highlighted}
                    className={[styles.option, index === highlighted ? styles.active : ''].join(' ')}
                    onClick={() => openResult(result)}
                    onMouseEnter={() => setActive(index)}
                  >
                    <span className={styles.label}>{result.label}</span>
                    {result.detail && <span className={styles.detail}>{result.detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
          {searching ? (
            <div className={styles.note}>
              <Spinner size={14} label="" /> Searching…
            </div>
          ) : (
            results.length === 0 && <div className={styles.note}>Nothing matches “{wanted}”</div>
          )}
          {!searching && results.length > 0 && groups.some((group) => group.results.length === PER_KIND) && (
            <div className={styles.note}>Type more to narrow the results.</div>
          )}
        </div>
      )}
    </div>
  );
}
