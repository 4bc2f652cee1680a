/** Reading a help desk's CSV export of customer ratings: which column is which, and which rows can be imported. */
import { RECEIVED_AT_SKEW_MS } from '@laurels/domain';
import { cellOf, type ColumnMapping, type CsvColumn } from '@/shared/csv/columns';

export type Column = 'receivedAt' | 'agentEmail' | 'csat' | 'nps' | 'comment' | 'externalId' | 'customerName';

export const COLUMNS: readonly CsvColumn<Column>[] = [
  {
    key: 'agentEmail',
    label: 'Agent email',
    required: true,
    aliases: ['agent email', 'agent', 'agent_email', 'assignee email', 'assignee', 'email'],
  },
  {
    key: 'csat',
    label: 'CSAT (1–5)',
    required: true,
    aliases: ['csat', 'rating', 'satisfaction', 'satisfaction rating', 'score', 'stars'],
  },
  { key: 'nps', label: 'NPS (0–10)', required: false, aliases: ['nps', 'net promoter score', 'recommend'] },
  { key: 'comment', label: 'Comment', required: false, aliases: ['comment', 'comments', 'feedback', 'review', 'message'] },
  {
    key: 'receivedAt',
    label: 'Date',
    required: false,
    aliases: ['date', 'created', 'created at', 'created_at', 'timestamp', 'submitted at', 'rated at'],
  },
  {
    key: 'externalId',
    label: 'Ticket id',
    required: false,
    aliases: ['ticket id', 'ticket', 'ticket_id', 'ticket number', 'id', 'external id'],
  },
  {
    key: 'customerName',
    label: 'Customer',
    required: false,
    aliases: ['customer', 'customer name', 'requester', 'requester name', 'name'],
  },
];

export type Mapping = ColumnMapping<Column>;

export interface FeedbackRow {
  readonly row: number;
  readonly agentEmail: string;
  readonly csat: number;
  readonly nps: number | null;
  readonly comment: string | null;
  readonly customerName: string | null;
  readonly externalId: string | null;
  readonly receivedAt: string | null;
}

export type CheckedRow =
  | { readonly row: number; readonly ok: true; readonly value: FeedbackRow }
  | { readonly row: number; readonly ok: false; readonly problem: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function whole(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The team the ratings are imported for: its name and its members' emails (lower case). */
export interface TeamMembers {
  readonly name: string;
  readonly emails: ReadonlySet<string>;
}

/**
 * Each data row checked as the API will check it: the email one of the team's members (when
 * the team is known), the scores in range, the date a date and not in the future. Rows are
 * numbered as in the file (the header is row 1).
 */
export function checkRows(
  records: readonly Record<string, string>[],
  mapping: Mapping,
  team: TeamMembers | null = null,
  now: Date = new Date(),
): CheckedRow[] {
  return records.map((record, index) => {
    const row = index + 2;
    const cell = (column: Column) => cellOf(record, mapping, column);
    const agentEmail = cell('agentEmail').toLowerCase();
    if (!EMAIL.test(agentEmail))
      return { row, ok: false, problem: agentEmail ? `“${agentEmail}” is not an email address` : 'no agent email' };
    if (team && !team.emails.has(agentEmail)) return { row, ok: false, problem: `${agentEmail} is not a member of ${team.name}` };
    const csat = whole(cell('csat'), 1, 5);
    if (csat === null) return { row, ok: false, problem: `CSAT “${cell('csat')}” is not a whole number from 1 to 5` };
    const npsText = cell('nps');
    const nps = npsText ? whole(npsText, 0, 10) : null;
    if (npsText && nps === null) return { row, ok: false, problem: `NPS “${npsText}” is not a whole number from 0 to 10` };
    const dateText = cell('receivedAt');
    const date = dateText ? new Date(dateText) : null;
    if (date && Number.isNaN(date.getTime())) return { row, ok: false, problem: `“${dateText}” is not a date` };
    if (date && date.getTime() > now.getTime() + RECEIVED_AT_SKEW_MS)
      return { row, ok: false, problem: `the date ${dateText} is in the future` };
    return {
      row,
      ok: true,
      value: {
        row,
        agentEmail,
        csat,
        nps,
        comment: cell('comment').slice(0, 2000) || null,
        customerName: cell('customerName').slice(0, 120) || null,
        externalId: cell('externalId').slice(0, 120) || null,
        receivedAt: date ? date.toISOString() : null,
      },
    };
  });
}
