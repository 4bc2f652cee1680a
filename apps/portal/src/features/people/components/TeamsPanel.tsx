import { MAX_TEAM_NAME_LENGTH } from '@laurels/domain';
import { useState } from 'react';
import { errorField, errorMessage } from '@/shared/apollo';
import { PeoplePicker } from '@/shared/pickers/PeoplePicker';
import { Alert, Button, ConfirmDialog, EmptyState, ItemList, Spinner, TextField } from '@/ui';
import { usePeopleTeams, useCreateTeam, useRenameTeam, useSetTeamManager } from '../hooks/usePeople';
import styles from './TeamsPanel.module.css';

/** The most teams listed at once; a search finds the others. */
const TEAMS_SHOWN = 50;

interface Team {
  readonly id: string;
  readonly name: string;
  readonly manager?: { readonly id: string; readonly displayName: string } | null;
}

type Editing = { readonly kind: 'rename'; readonly team: Team } | { readonly kind: 'manager'; readonly team: Team };

/** A team's name as the API will accept it; the reason when it will not. */
function teamNameProblem(name: string): string | null {
  const text = name.trim();
  if (!text) return 'The team needs a name';
  return text.length > MAX_TEAM_NAME_LENGTH ? `The name must be at most ${MAX_TEAM_NAME_LENGTH} characters` : null;
}

/** The organisation's teams: made, renamed, and given a manager (who becomes a MANAGER if they were an employee). */
export function TeamsPanel() {
  const [search, setSearch] = useState('');
  const [newName, setNewName] = useState('');
  const [newNameError, setNewNameError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [name, setName] = useState('');
  const [managerIds, setManagerIds] = useState<string[]>([]);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = usePeopleTeams(search);
  const [createTeam, creation] = useCreateTeam();
  const [renameTeam, renaming] = useRenameTeam();
  const [setTeamManager, managing] = useSetTeamManager();
  const teams = (data ?? previousData)?.organization.teams;

  const create = async () => {
    setDone(null);
    const problem = teamNameProblem(newName);
    setNewNameError(problem);
    if (problem) return;
    const result = await createTeam({ variables: { input: { name: newName.trim() } } }).catch((failure: unknown) => {
      setNewNameError(errorField(failure) === 'name' ? errorMessage(failure) : null);
      return null;
    });
    if (result?.data) {
      setDone(`The team ${result.data.createTeam.name} was made.`);
      setNewName('');
    }
  };

  const open = (next: Editing) => {
    setDone(null);
    setDialogError(null);
    setName(next.team.name);
    setManagerIds(next.team.manager ? [next.team.manager.id] : []);
    setEditing(next);
  };

  const confirm = async () => {
    if (!editing) return;
    setDialogError(null);
    if (editing.kind === 'rename') {
      const problem = teamNameProblem(name);
      if (problem) return setDialogError(problem);
      const result = await renameTeam({ variables: { teamId: editing.team.id, name: name.trim() } }).catch((failure: unknown) => {
        setDialogError(errorMessage(failure));
        return null;
      });
      if (result?.data) {
        setDone(`${editing.team.name} is now called ${result.data.renameTeam.name}.`);
        setEditing(null);
      }
      return;
    }
    const userId = managerIds[0];
    if (!userId) return setDialogError('Choose who manages the team');
    const result = await setTeamManager({ variables: { teamId: editing.team.id, userId } }).catch((failure: unknown) => {
      setDialogError(errorMessage(failure));
      return null;
    });
    if (result?.data) {
      setDone(`${result.data.setTeamManager.manager?.displayName ?? 'Someone'} manages ${editing.team.name} now.`);
      setEditing(null);
    }
  };

  return (
    <div>
      <form
        className={styles.create}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <TextField
          label="New team"
          placeholder="Team name"
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
          error={newNameError}
        />
        <Button type="submit" busy={creation.loading}>
          Make team
        </Button>
      </form>
      {done && <Alert tone="success">{done}</Alert>}
      <TextField
        label="Find a team"
        type="search"
        placeholder="Part of a name"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {error && !teams && (
        <Alert>
          {errorMessage(error)}{' '}
          <Button size="sm" variant="ghost" onClick={() => void refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {!teams && loading && <Spinner label="Loading teams…" />}
      {teams && teams.length === 0 && (
        <EmptyState title={search.trim() ? 'No team matches' : 'No teams yet'}>
          <p>{search.trim() ? 'Try another part of the name.' : 'Make the first one above, or import people with a team column.'}</p>
        </EmptyState>
      )}
      {teams && teams.length > 0 && (
        <ItemList className={styles.list}>
          {teams.slice(0, TEAMS_SHOWN).map((team) => (
            <li key={team.id} className={styles.team}>
              <span className={styles.who}>
                <strong>{team.name}</strong>
                <span className={styles.detail}>{team.manager ? `Managed by ${team.manager.displayName}` : 'No manager yet'}</span>
              </span>
              <span className={styles.actions}>
                <Button size="sm" variant="ghost" aria-label={`Rename ${team.name}`} onClick={() => open({ kind: 'rename', team })}>
                  Rename
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={`Set manager of ${team.name}`}
                  onClick={() => open({ kind: 'manager', team })}
                >
                  Set manager
                </Button>
              </span>
            </li>
          ))}
        </ItemList>
      )}
      {teams && teams.length > TEAMS_SHOWN && (
        <p className={styles.more}>The first {TEAMS_SHOWN} teams by name: search to find the others.</p>
      )}
      <ConfirmDialog
        open={editing !== null}
        title={editing ? (editing.kind === 'rename' ? `Rename ${editing.team.name}` : `Who manages ${editing.team.name}?`) : ''}
        confirmLabel={editing?.kind === 'rename' ? 'Rename' : 'Set manager'}
        busy={renaming.loading || managing.loading}
        error={dialogError}
        onConfirm={() => void confirm()}
        onCancel={() => setEditing(null)}
      >
        {editing?.kind === 'rename' ? (
          <TextField label="Team name" value={name} onChange={(event) => setName(event.target.value)} />
        ) : (
          <>
            <PeoplePicker
              label="Manager"
              selected={managerIds}
              onChange={(ids) => setManagerIds(ids.slice(-1))}
              placeholder="Search people"
            />
            <p className={styles.detail}>
              An employee who manages a team becomes a manager: they assign training and see how the team does.
            </p>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
