import { guessMapping } from '@/shared/csv/columns';
import { COLUMNS, checkRows } from './feedback-csv';

describe('guessMapping', () => {
  it('recognises the usual help-desk headers whatever their case and separators', () => {
    expect(guessMapping(COLUMNS, ['Ticket ID', 'Created_At', 'Agent Email', 'Satisfaction Rating', 'NPS', 'Comment', 'Requester'])).toEqual(
      {
        externalId: 'Ticket ID',
        receivedAt: 'Created_At',
        agentEmail: 'Agent Email',
        csat: 'Satisfaction Rating',
        nps: 'NPS',
        comment: 'Comment',
        customerName: 'Requester',
      },
    );
  });

  it('leaves unknown columns unmapped', () => {
    expect(guessMapping(COLUMNS, ['foo', 'bar'])).toEqual({});
  });
});

describe('checkRows', () => {
  const mapping = { agentEmail: 'agent', csat: 'csat', nps: 'nps', receivedAt: 'date', externalId: 'ticket', comment: 'comment' };

  it('numbers rows as in the file and keeps what the API needs', () => {
    const [row] = checkRows(
      [{ agent: ' Priya@Northwind.example ', csat: '5', nps: '10', date: '2026-11-20', ticket: 'NW-1', comment: 'Great!' }],
      mapping,
    );
    expect(row).toEqual({
      row: 2,
      ok: true,
      value: {
        row: 2,
        agentEmail: 'priya@northwind.example',
        csat: 5,
        nps: 10,
        comment: 'Great!',
        customerName: null,
        externalId: 'NW-1',
        receivedAt: new Date('2026-11-20').toISOString(),
      },
    });
  });

  it('explains what is wrong with a row, in words', () => {
    const rows = checkRows(
      [
        { agent: 'not-an-email', csat: '5' },
        { agent: 'a@b.example', csat: '6' },
        { agent: 'a@b.example', csat: '4', nps: '11' },
        { agent: 'a@b.example', csat: '4', date: 'yesterday-ish' },
        { agent: 'a@b.example', csat: '4.5' },
      ],
      mapping,
    );
    expect(rows.map((row) => (row.ok ? 'ok' : row.problem))).toEqual([
      '“not-an-email” is not an email address',
      'CSAT “6” is not a whole number from 1 to 5',
      'NPS “11” is not a whole number from 0 to 10',
      '“yesterday-ish” is not a date',
      'CSAT “4.5” is not a whole number from 1 to 5',
    ]);
  });

  it('with the team known, refuses an agent who is not one of its members, and allows the server’s clock skew', () => {
    const team = { name: 'Frontline Support', emails: new Set(['omar@northwind.example']) };
    const now = new Date('2026-12-06T10:00:00Z');
    const rows = checkRows(
      [
        { agent: 'Omar@northwind.example', csat: '5', date: '2026-12-06T10:04:00Z' },
        { agent: 'lena@northwind.example', csat: '5' },
        { agent: 'omar@northwind.example', csat: '5', date: '2026-12-06T10:06:00Z' },
      ],
      mapping,
      team,
      now,
    );
    expect(rows.map((row) => (row.ok ? 'ok' : row.problem))).toEqual([
      'ok',
      'lena@northwind.example is not a member of Frontline Support',
      'the date 2026-12-06T10:06:00Z is in the future',
    ]);
  });
});
