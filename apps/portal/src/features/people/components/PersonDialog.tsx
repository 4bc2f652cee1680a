import { Role, displayNameProblem, emailProblem, normalEmail, startDateProblem } from '@laurels/domain';
import { useState } from 'react';
import { errorField, errorMessage } from '@/shared/apollo';
import { NEW_PASSWORD_HINT } from '@/shared/password';
import { TeamPicker } from '@/shared/pickers/TeamPicker';
import { ConfirmDialog, FieldRow, SelectField, TextField } from '@/ui';
import { useCreatePerson, useSetPersonPassword, useUpdatePerson } from '../hooks/usePeople';

/** Someone as the directory lists them, to edit. */
export interface EditedPerson {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  readonly startedAt?: string | null;
  readonly team?: { readonly id: string; readonly name: string } | null;
}

type Field = 'displayName' | 'email' | 'role' | 'teamId' | 'startedAt' | 'password';
type Errors = Partial<Record<Field, string>>;

const ROLE_LABEL: Record<Role, string> = { EMPLOYEE: 'Employee', MANAGER: 'Manager', ADMIN: 'Admin' };

/** The day part of a DateTime, for a date input. */
const dayOf = (dateTime: string | null | undefined) => dateTime?.slice(0, 10) ?? '';

interface PersonDialogProps {
  /** Who is edited; null adds someone. */
  person: EditedPerson | null;
  open: boolean;
  viewerId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Adds a person, or edits one: name, role, team, start date, and a password
 * (required for someone new, as createUser asks; for someone imported it is
 * how they first sign in). Checked in the browser by the API's own rules
 * first; what the API still refuses shows under the field it names.
 */
export function PersonDialog({ person, open, viewerId, onDone, onCancel }: PersonDialogProps) {
  const [displayName, setDisplayName] = useState(person?.displayName ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [role, setRole] = useState<Role>(person?.role ?? Role.EMPLOYEE);
  const [teamId, setTeamId] = useState(person?.team?.id ?? '');
  const [startedAt, setStartedAt] = useState(dayOf(person?.startedAt));
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createPerson, creation] = useCreatePerson();
  const [updatePerson, update] = useUpdatePerson();
  const [setPersonPassword, passwordChange] = useSetPersonPassword();
  const busy = creation.loading || update.loading || passwordChange.loading;
  const self = person?.id === viewerId;

  const check = (): Errors => {
    const found: Errors = {};
    const nameProblem = displayNameProblem(displayName);
    if (nameProblem) found.displayName = nameProblem;
    if (!person) {
      const emailWrong = emailProblem(email);
      if (emailWrong) found.email = emailWrong;
    }
    const start = startedAt ? new Date(`${startedAt}T00:00:00.000Z`) : null;
    const startProblem = start && startDateProblem(start, new Date());
    if (startProblem) found.startedAt = startProblem;
    if ((!person || password) && password.length < 8) found.password = 'The password must be at least 8 characters';
    return found;
  };

  /** The API's refusal under the field it names, or in the dialog when it names none of these. */
  const refused = (error: unknown, fields: Record<string, Field>) => {
    const field = fields[errorField(error) ?? ''];
    if (field) setErrors({ [field]: errorMessage(error) });
    else setFailure(errorMessage(error));
  };

  const save = async () => {
    setFailure(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const start = startedAt ? `${startedAt}T00:00:00.000Z` : null;
    if (!person) {
      const input = {
        displayName: displayName.trim(),
        email: normalEmail(email),
        role,
        teamId: teamId || null,
        startedAt: start,
        password,
      };
      const result = await createPerson({ variables: { input } }).catch((error: unknown) => {
        refused(error, { displayName: 'displayName', email: 'email', password: 'password', startedAt: 'startedAt', teamId: 'teamId' });
        return null;
      });
      if (result?.data) onDone(`${result.data.createUser.displayName} was added and can sign in with the password you chose.`);
      return;
    }
    const input = {
      userId: person.id,
      displayName: displayName.trim(),
      ...(self ? {} : { role }),
      ...(teamId !== (person.team?.id ?? '') ? { teamId: teamId || null } : {}),
      ...(start ? { startedAt: start } : {}),
    };
    const updated = await updatePerson({ variables: { input } }).catch((error: unknown) => {
      refused(error, { displayName: 'displayName', role: 'role', teamId: 'teamId', startedAt: 'startedAt' });
      return null;
    });
    if (!updated?.data) return;
    if (password) {
      const changed = await setPersonPassword({ variables: { userId: person.id, password } }).catch((error: unknown) => {
        refused(error, { password: 'password' });
        return null;
      });
      if (!changed?.data) return;
    }
    onDone(`${updated.data.updateUser.displayName} was saved${password ? ', with the new password (their other sign-ins ended)' : ''}.`);
  };

  return (
    <ConfirmDialog
      open={open}
      title={person ? `Edit ${person.displayName}` : 'Add a person'}
      confirmLabel={person ? 'Save' : 'Add person'}
      busy={busy}
      error={failure}
      onConfirm={() => void save()}
      onCancel={onCancel}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField label="Name" value={displayName} onChange={(event) => setDisplayName(event.target.value)} error={errors.displayName} />
        {!person && (
          <TextField
            label="Work email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.email}
          />
        )}
        <FieldRow>
          <SelectField
            label="Role"
            value={role}
            disabled={self}
            hint={self ? 'Another admin can change your role.' : undefined}
            onChange={(event) => setRole(event.target.value as Role)}
            error={errors.role}
          >
            {Object.values(Role).map((value) => (
              <option key={value} value={value}>
                {ROLE_LABEL[value]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Start date"
            type="date"
            value={startedAt}
            onChange={(event) => setStartedAt(event.target.value)}
            error={errors.startedAt}
          />
        </FieldRow>
        <TeamPicker
          label="Team"
          value={teamId}
          onChange={setTeamId}
          current={person?.team}
          placeholder="Search teams"
          error={errors.teamId}
        />
        <TextField
          label={person ? 'New password' : 'Password'}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          hint={person ? `Leave empty to keep theirs. ${NEW_PASSWORD_HINT}` : NEW_PASSWORD_HINT}
          error={errors.password}
        />
      </form>
    </ConfirmDialog>
  );
}
