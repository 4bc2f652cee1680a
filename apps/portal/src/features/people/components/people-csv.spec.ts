import { guessMapping } from '@/shared/csv/columns';
import { COLUMNS, checkPeople } from './people-csv';

const now = new Date('2026-12-06T12:00:00Z');
const headers = ['Email', 'Full name', 'Role', 'Team', 'Start date'];
const mapping = guessMapping(COLUMNS, headers);

const row = (email: string, name: string, role = '', team = '', start = '') => ({
  Email: email,
  'Full name': name,
  Role: role,
  Team: team,
  'Start date': start,
});

describe('checkPeople', () => {
  it('matches the usual headers to columns', () => {
    expect(mapping).toEqual({ email: 'Email', displayName: 'Full name', role: 'Role', teamName: 'Team', startedAt: 'Start date' });
  });

  it('turns good rows into what the API takes, counting rows from 1', () => {
    const [ana, ben] = checkPeople(
      [row(' Ana@Example.com ', 'Ana Lima', 'manager', 'Phones', '2026-02-02'), row('ben@example.com', 'Ben Ode')],
      mapping,
      now,
    );
    expect(ana).toMatchObject({
      row: 1,
      problems: [],
      input: {
        email: 'ana@example.com',
        displayName: 'Ana Lima',
        role: 'MANAGER',
        teamName: 'Phones',
        startedAt: '2026-02-02T00:00:00.000Z',
      },
    });
    expect(ben).toMatchObject({ row: 2, problems: [], input: { role: null, teamName: null, startedAt: null } });
  });

  it('names each wrong field of a row as the API would: required fields, email shape, role names, dates', () => {
    const [checked] = checkPeople([row('ana@', '', 'boss', '', '02/03/2026')], mapping, now);
    expect(checked!.problems).toEqual([
      { field: 'email', message: '“ana@” is not an email address' },
      { field: 'displayName', message: 'The name is missing' },
      { field: 'role', message: '“boss” is not a role: use EMPLOYEE, MANAGER, ADMIN' },
      { field: 'startedAt', message: '“02/03/2026” is not a date written like 2026-01-31' },
    ]);
  });

  it('refuses a day that does not exist, and a start date out of range', () => {
    const checked = checkPeople(
      [row('a@example.com', 'A', '', '', '2026-02-30'), row('b@example.com', 'B', '', '', '1926-02-01')],
      mapping,
      now,
    );
    expect(checked.map((person) => person.problems)).toEqual([
      [{ field: 'startedAt', message: '“2026-02-30” is not a date written like 2026-01-31' }],
      [{ field: 'startedAt', message: 'The start date must be in 1950 or later' }],
    ]);
  });

  it('names an email given twice in the file on its later rows', () => {
    const checked = checkPeople([row('a@example.com', 'A'), row('b@example.com', 'B'), row('A@EXAMPLE.COM', 'A again')], mapping, now);
    expect(checked.map((person) => person.problems)).toEqual([[], [], [{ field: 'email', message: 'a@example.com is also on row 1' }]]);
  });
});
