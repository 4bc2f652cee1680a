import { useState } from 'react';
import { errorMessage } from '@/shared/apollo';
import { Alert, Avatar, Button, ConfirmDialog, ItemList, Segmented, Spinner, Tag, TextField } from '@/ui';
import { usePeopleAccess, useSetActive } from '../hooks/usePeopleAccess';
import styles from './PeopleAccess.module.css';

type Status = 'active' | 'deactivated';
const STATUSES: { value: Status; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

interface Person {
  readonly id: string;
  readonly displayName: string;
  readonly active: boolean;
}

/**
 * Who may sign in: the organisation's active people, or its deactivated
 * ones, searched by name or email; each deactivated or reactivated after a
 * confirmation. The admin cannot deactivate themselves.
 */
export function PeopleAccess({ viewerId }: { viewerId: string }) {
  const [status, setStatus] = useState<Status>('active');
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState<Person | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const { data, previousData, loading, error, fetchMore } = usePeopleAccess(search, status === 'deactivated');
  const { setActive, reset, loading: saving, error: saveError } = useSetActive();
  const page = (data ?? previousData)?.people;

  const confirm = async () => {
    if (!pending) return;
    const result = await setActive(pending.id, !pending.active).catch(() => null);
    if (result?.data) {
      setDone(
        pending.active ? `${pending.displayName} was deactivated and signed out everywhere.` : `${pending.displayName} can sign in again.`,
      );
      setPending(null);
    }
  };
  const showMore = async () => {
    setMore({ loading: true, error: null });
    const failed = await fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (current, { fetchMoreResult }) => ({
        ...current,
        people: { ...fetchMoreResult.people, nodes: [...current.people.nodes, ...fetchMoreResult.people.nodes] },
      }),
    }).then(
      () => null,
      (failure: unknown) => errorMessage(failure),
    );
    setMore({ loading: false, error: failed });
  };

  return (
    <div>
      <div className={styles.controls}>
        <Segmented
          label="Show"
          value={status}
          options={STATUSES}
          onChange={(next) => {
            setStatus(next);
            setDone(null);
          }}
        />
        <TextField
          label="Find someone"
          type="search"
          placeholder="Name or email"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {done && <Alert tone="success">{done}</Alert>}
      {error && !page && <Alert>{errorMessage(error)}</Alert>}
      {!page && loading && <Spinner label="Loading people…" />}
      {page && (
        <>
          <p className={styles.count} aria-live="polite">
            {page.totalCount === 1 ? '1 person' : `${page.totalCount.toLocaleString()} people`}
            {status === 'deactivated' ? ' deactivated' : ' active'}
            {search.trim() ? ` matching “${search.trim()}”` : ''}
          </p>
          {page.nodes.length > 0 && (
            <ItemList className={styles.list}>
              {page.nodes.map((person) => (
                <li key={person.id} className={styles.person}>
                  <Avatar name={person.displayName} />
                  <span className={styles.who}>
                    <span className={styles.name}>
                      <strong>{person.displayName}</strong>
                      {person.id === viewerId && <Tag tone="brand">You</Tag>}
                      {!person.active && <Tag tone="danger">Deactivated</Tag>}
                    </span>
                    <span className={styles.detail}>
                      {[person.email, person.team?.name, person.role.charAt(0) + person.role.slice(1).toLowerCase()]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  {person.id !== viewerId && (
                    <Button
                      size="sm"
                      variant={person.active ? 'secondary' : 'primary'}
                      aria-label={`${person.active ? 'Deactivate' : 'Reactivate'} ${person.displayName}`}
                      onClick={() => {
                        reset();
                        setDone(null);
                        setPending(person);
                      }}
                    >
                      {person.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  )}
                </li>
              ))}
            </ItemList>
          )}
          {more.error && <Alert>{more.error}</Alert>}
          {page.pageInfo.hasNextPage && (
            <Button variant="ghost" busy={more.loading} onClick={() => void showMore()}>
              Show more
            </Button>
          )}
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? `${pending.active ? 'Deactivate' : 'Reactivate'} ${pending.displayName}?` : ''}
        confirmLabel={pending?.active ? 'Deactivate' : 'Reactivate'}
        danger={pending?.active}
        busy={saving}
        error={saveError ? errorMessage(saveError) : null}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        {pending?.active ? (
          <>
            <p>They are signed out everywhere at once and cannot sign in until an admin reactivates them.</p>
            <p>
              Their points, badges, certificates and history stay, and their name still shows on past moments; they leave the leaderboards
              and the people pickers.
            </p>
          </>
        ) : (
          <p>They can sign in again with their password, and rejoin the leaderboards and the people pickers with everything they had.</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
