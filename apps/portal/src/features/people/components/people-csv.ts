import { Role, importRowProblems, normalEmail, type RowProblem } from '@laurels/domain';
import type { ImportUserRow } from '@/gql/graphql';
import { cellOf, type ColumnMapping, type CsvColumn } from '@/shared/csv/columns';

/** Reading a spreadsheet of people to add: which column is which, and which rows the API will accept. */

export type Column = 'email' | 'displayName' | 'role' | 'teamName' | 'startedAt';

export const COLUMNS: readonly CsvColumn<Column>[] = [
  { key: 'email', label: 'Email', required: true, aliases: ['email', 'e-mail', 'email address', 'work email', 'mail'] },
  { key: 'displayName', label: 'Name', required: true, aliases: ['name', 'display name', 'full name', 'person', 'employee'] },
  { key: 'role', label: 'Role', required: false, aliases: ['role', 'access', 'permission'] },
  { key: 'teamName', label: 'Team', required: false, aliases: ['team', 'team name', 'group', 'department'] },
  {
    key: 'startedAt',
    label: 'Start date',
    required: false,
    aliases: ['start date', 'started', 'started at', 'start', 'first day', 'hire date'],
  },
];

export type Mapping = ColumnMapping<Column>;

export type Problem = Omit<RowProblem, 'row'>;

/** One person of the file: the row counted from 1 after the header (as the API counts), what it says, and what is wrong with it. */
export interface CheckedPerson {
  readonly row: number;
  readonly cells: Readonly<Record<Column, string>>;
  readonly input: ImportUserRow;
  readonly problems: readonly Problem[];
}

const ROLE_NAMES = Object.values(Role).join(', ');
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day written YYYY-MM-DD, as midnight UTC; null when it is not such a day. */
function parseDay(text: string): Date | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return date.getUTCDate() === Number(match[3]) ? date : null;
}

/**
 * Every row checked as the API will check it (libs/domain's importRowProblems),
 * and for what only a file can get wrong: a role name the API does not know,
 * a date that is not a day.
 */
export function checkPeople(records: readonly Record<string, string>[], mapping: Mapping, now: Date): CheckedPerson[] {
  const people = records.map((record) => {
    const cells = Object.fromEntries(COLUMNS.map(({ key }) => [key, cellOf(record, mapping, key)])) as Record<Column, string>;
    const problems: Problem[] = [];
    const role = cells.role.toUpperCase();
    if (role && !(role in Role)) problems.push({ field: 'role', message: `“${cells.role}” is not a role: use ${ROLE_NAMES}` });
    const startedAt = cells.startedAt ? parseDay(cells.startedAt) : null;
    if (cells.startedAt && !startedAt)
      problems.push({ field: 'startedAt', message: `“${cells.startedAt}” is not a date written like 2026-01-31` });
    const input: ImportUserRow = {
      email: normalEmail(cells.email),
      displayName: cells.displayName,
      role: role in Role ? (role as Role) : null,
      teamName: cells.teamName || null,
      startedAt: startedAt?.toISOString() ?? null,
    };
    return { cells, input, problems };
  });
  const shared = importRowProblems(
    people.map(({ input }) => ({ ...input, startedAt: input.startedAt ? new Date(input.startedAt) : null })),
    now,
  );
  const sharedByRow = new Map<number, Problem[]>();
  for (const { row, ...problem } of shared) sharedByRow.set(row, [...(sharedByRow.get(row) ?? []), problem]);
  return people.map((person, index) => ({
    row: index + 1,
    cells: person.cells,
    input: person.input,
    problems: [...(sharedByRow.get(index + 1) ?? []), ...person.problems],
  }));
}
