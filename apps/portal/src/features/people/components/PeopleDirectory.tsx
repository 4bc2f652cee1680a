import type { Role } from '@laurels/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '@/shared/apollo';
import { Alert, Avatar, Button, ConfirmDialog, EmptyState, ItemList, Segmented, Spinner, Tag, TextField } from '@/ui';
import { usePeopleDirectory, useSetActive } from '../hooks/usePeople';
import type { EditedPerson } from './PersonDialog';
import styles from './PeopleDirectory.module.css';

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

const ROLE_LABEL: Record<Role, string> = { EMPLOYEE: 'Employee', MANAGER: 'Manager', ADMIN: 'Admin' };

const startDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The organisation's people, a page at a time, searched by name or email as
 * the admin types: the active ones or the deactivated ones. Each can be
 * edited, and deactivated or reactivated after a confirmation; the admin
 * cannot deactivate themselves.
 */
export function PeopleDirectory({ viewerId, onEdit }: { viewerId: string; onEdit: (person: EditedPerson) => void }) {
  const [status, setStatus] = useState<Status>('active');
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState<Person | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const { data, previousData, loading, error, fetchMore } = usePeopleDirectory(search, status === 'deactivated');
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
          {page.nodes.length === 0 && (
            <EmptyState title={search.trim() ? 'Nobody matches' : status === 'deactivated' ? 'Nobody is deactivated' : 'Nobody here yet'}>
              <p>{search.trim() ? 'Try part of a first name, a surname or an email.' : 'Add people one by one, or import a CSV file.'}</p>
            </EmptyState>
          )}
          {page.nodes.length > 0 && (
            <ItemList className={styles.list}>
              {page.nodes.map((person) => (
                <li key={person.id} className={styles.person}>
                  <Avatar name={person.displayName} />
                  <span className={styles.who}>
                    <span className={styles.name}>
                      <Link to={`/people/${person.id}`} className={styles.link}>
                        {person.displayName}
                      </Link>
                      {person.id === viewerId && <Tag tone="brand">You</Tag>}
                      {!person.active && <Tag tone="danger">Deactivated</Tag>}
                    </span>
                    <span className={styles.detail}>
                      {[
                        person.email,
                        person.team?.name ?? 'No team',
                        ROLE_LABEL[person.role],
                        person.startedAt && `Started ${startDate.format(new Date(person.startedAt))}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <span className={styles.actions}>
                    {person.active && (
                      <Button size="sm" variant="ghost" aria-label={`Edit ${person.displayName}`} onClick={() => onEdit(person)}>
                        Edit
                      </Button>
                    )}
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
                  </span>
                </li>
              ))}
            </ItemList>
          )}
          {more.error && <Alert>{more.error}</Alert>}
          {page.pageInfo.hasNextPage && (
            <Button variant="secondary" busy={more.loading} onClick={() => void showMore()}>
              Show more ({page.nodes.length} of {page.totalCount.toLocaleString()} shown)
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
