/**
 * The checks a list of people to add passes before any of them is created:
 * the API runs them on an import, the portal on a CSV's preview, so a row the
 * preview calls fine is one the API accepts (the API also checks what only it
 * knows: emails taken in another organisation).
 */

/** The most people one import adds: larger files are split. */
export const MAX_IMPORT_ROWS = 5000;
/** An import reports at most this many problems: enough to fix a file by, bounded like every answer. */
export const MAX_IMPORT_PROBLEMS = 1000;
export const MAX_DISPLAY_NAME_LENGTH = 80;
export const MAX_TEAM_NAME_LENGTH = 80;
export const MAX_EMAIL_LENGTH = 254;

/** A start date this far before now or ahead of it is a typo (1926 for 2026), not a hire. */
const EARLIEST_START = Date.UTC(1950, 0, 1);
const LATEST_START_AHEAD_MS = 2 * 366 * 24 * 60 * 60 * 1000;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface PersonRow {
  readonly email: string;
  readonly displayName: string;
  readonly teamName?: string | null;
  readonly startedAt?: Date | null;
}

/** What is wrong with one field of one row; rows count from 1. */
export interface RowProblem {
  readonly row: number;
  readonly field: 'email' | 'displayName' | 'role' | 'teamName' | 'startedAt';
  readonly message: string;
}

/** How emails are compared and stored: sign-in matches them exactly. */
export const normalEmail = (email: string) => email.trim().toLowerCase();

export function emailProblem(email: string): string | null {
  const normal = normalEmail(email);
  if (normal === '') return 'The email is missing';
  if (normal.length > MAX_EMAIL_LENGTH) return `The email must be at most ${MAX_EMAIL_LENGTH} characters`;
  return EMAIL_SHAPE.test(normal) ? null : `“${normal}” is not an email address`;
}

export function displayNameProblem(displayName: string): string | null {
  const name = displayName.trim();
  if (name === '') return 'The name is missing';
  return name.length > MAX_DISPLAY_NAME_LENGTH ? `The name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters` : null;
}

export function teamNameProblem(teamName: string): string | null {
  const name = teamName.trim();
  if (name === '') return 'The team name is missing';
  return name.length > MAX_TEAM_NAME_LENGTH ? `The team name must be at most ${MAX_TEAM_NAME_LENGTH} characters` : null;
}

export function startDateProblem(startedAt: Date, now: Date): string | null {
  if (Number.isNaN(startedAt.getTime())) return 'The start date is not a date';
  if (startedAt.getTime() < EARLIEST_START) return 'The start date must be in 1950 or later';
  if (startedAt.getTime() > now.getTime() + LATEST_START_AHEAD_MS) return 'The start date must be within two years from today';
  return null;
}

/** Every problem of every row (the first MAX_IMPORT_PROBLEMS), in row order: missing or malformed fields, and an email given twice (named on its later rows). */
export function importRowProblems(rows: readonly PersonRow[], now: Date): RowProblem[] {
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((person, index) => {
    const row = index + 1;
    const add = (field: RowProblem['field'], message: string | null) => message && problems.push({ row, field, message });
    const email = normalEmail(person.email);
    const emailWrong = emailProblem(person.email);
    add('email', emailWrong);
    if (!emailWrong) {
      const first = firstRowOf.get(email);
      if (first === undefined) firstRowOf.set(email, row);
      else add('email', `${email} is also on row ${first}`);
    }
    add('displayName', displayNameProblem(person.displayName));
    if (person.teamName != null && person.teamName.trim() !== '') add('teamName', teamNameProblem(person.teamName));
    if (person.startedAt) add('startedAt', startDateProblem(person.startedAt, now));
  });
  return problems.slice(0, MAX_IMPORT_PROBLEMS);
}
