import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { guessMapping, missingColumns } from '@/shared/csv/columns';
import { ColumnMappingFields, CsvFilePicker } from '@/shared/csv/CsvFields';
import { readCsv, type CsvFile } from '@/shared/csv/read-csv';
import { Alert, Button, Loading, ProgressBar, Tag } from '@/ui';
import { COLUMNS, checkRows, type Column, type FeedbackRow, type Mapping, type TeamMembers } from './feedback-csv';
import styles from './CsvImport.module.css';

const ImportFeedbackMutation = graphql(`
  mutation ImportCustomerFeedback($input: ImportFeedbackInput!) {
    importCustomerFeedback(input: $input) {
      imported
      skipped
      failed {
        row
        message
      }
    }
  }
`);

/** Read when a file is chosen: the rows' emails are checked against these members before anything is sent. */
const ImportTeamQuery = graphql(`
  query FeedbackImportTeam($id: ID!) {
    team(id: $id) {
      id
      name
      memberCount
      members(first: 200) {
        id
        email
      }
    }
  }
`);

const BATCH = 500;

interface Summary {
  imported: number;
  skipped: number;
  failed: { row: number; message: string }[];
}

/**
 * Imports ratings from a help desk's CSV export for one team: columns matched by
 * header (and adjustable), every row checked before anything is sent (the agent
 * one of the team's members, as the server will check), a preview that says
 * what is wrong with each row, then the import in batches with a progress bar
 * and a summary.
 */
export function CsvImport({ teamId }: { teamId: string }) {
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [parseError, setParseError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  // The rows already sent: without ticket ids, sending them again would record every rating twice.
  const [sent, setSent] = useState<readonly FeedbackRow[] | null>(null);
  const [importRows, { error }] = useMutation(ImportFeedbackMutation, { refetchQueries: ['ManageTeam'] });
  const team = useQuery(ImportTeamQuery, { variables: { id: teamId }, skip: !file });
  const members = useMemo((): TeamMembers | null => {
    const found = team.data?.team;
    // A team larger than one page of members is left to the server to check.
    if (!found || found.members.length < found.memberCount) return null;
    return { name: found.name, emails: new Set(found.members.map((member) => member.email.toLowerCase())) };
  }, [team.data]);
  const checked = useMemo(
    () => (file && !team.loading ? checkRows(file.records, mapping, members) : []),
    [file, mapping, members, team.loading],
  );
  const valid = useMemo(() => checked.flatMap((row) => (row.ok ? [row.value] : [])), [checked]);
  // The same rows as those sent: `valid` is a new array whenever the file or the mapping changes.
  const alreadySent = sent === valid && !mapping.externalId;
  const invalid = checked.filter((row) => !row.ok);
  const missing = missingColumns(COLUMNS, mapping);
  /** What the file says in a row's column, as written, for the preview (rows are numbered from 2, after the header). */
  const cell = (row: number, column: Column) => {
    const header = mapping[column];
    return header ? (file?.records[row - 2]?.[header] ?? '') : '';
  };

  const read = async (chosen: File) => {
    setSummary(null);
    setSent(null);
    setParseError(null);
    try {
      const parsed = await readCsv(chosen, 'no data');
      setFile(parsed);
      setMapping(guessMapping(COLUMNS, parsed.headers));
    } catch (failure) {
      setParseError((failure as Error).message);
    }
  };

  const run = async () => {
    const total: Summary = { imported: 0, skipped: 0, failed: [] };
    setProgress(0);
    for (let start = 0; start < valid.length; start += BATCH) {
      const rows: FeedbackRow[] = valid.slice(start, start + BATCH);
      const result = await importRows({ variables: { input: { rows } } }).catch(() => null);
      if (!result?.data) break;
      total.imported += result.data.importCustomerFeedback.imported;
      total.skipped += result.data.importCustomerFeedback.skipped;
      total.failed.push(...result.data.importCustomerFeedback.failed);
      setProgress(Math.min(1, (start + rows.length) / valid.length));
    }
    setSent(valid);
    setSummary(total);
    setProgress(null);
  };

  return (
    <div className={styles.import}>
      <CsvFilePicker label={file ? file.name : 'Choose a CSV export from your help desk'} onChoose={(chosen) => void read(chosen)} />
      {parseError && <Alert>{parseError}</Alert>}
      {file && (
        <>
          <ColumnMappingFields columns={COLUMNS} headers={file.headers} mapping={mapping} onChange={setMapping} />
          {missing.length > 0 ? (
            <Alert tone="info">Choose the column for {missing.map((column) => column.label).join(' and ')}.</Alert>
          ) : team.loading ? (
            <Loading label="Checking the rows against the team…" />
          ) : (
            <>
              <p className={styles.counts}>
                <Tag tone="success">{valid.length} ready</Tag>{' '}
                {invalid.length > 0 && <Tag tone="danger">{invalid.length} with problems</Tag>}
              </p>
              <div className={styles.preview} role="region" aria-label="The file’s first rows, checked" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th>Row</th>
                      <th>Check</th>
                      <th>Agent</th>
                      <th>CSAT</th>
                      <th>NPS</th>
                      <th>Comment</th>
                    </tr>
                  </thead>
                  <tbody>
                    {checked.slice(0, 12).map((row) => (
                      <tr key={row.row} className={row.ok ? '' : styles.bad}>
                        <td>{row.row}</td>
                        <td className={styles.check}>{row.ok ? 'OK' : row.problem}</td>
                        <td>{cell(row.row, 'agentEmail')}</td>
                        <td>{cell(row.row, 'csat')}</td>
                        <td>{cell(row.row, 'nps')}</td>
                        <td className={styles.comment}>{cell(row.row, 'comment')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {checked.length > 12 && <p className={styles.more}>…and {checked.length - 12} more rows.</p>}
              </div>
              {invalid.length > 12 && (
                <details className={styles.problems}>
                  <summary>All {invalid.length} rows with problems</summary>
                  <ul>
                    {invalid.map((row) => (
                      <li key={row.row}>
                        Row {row.row}: {row.ok ? '' : row.problem}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {progress !== null ? (
                <ProgressBar value={progress} label="Import progress" caption={`Importing… ${Math.round(progress * 100)}%`} />
              ) : (
                <Button onClick={() => void run()} disabled={valid.length === 0 || alreadySent}>
                  Import {valid.length} {valid.length === 1 ? 'rating' : 'ratings'}
                </Button>
              )}
              {alreadySent && progress === null && (
                <Alert tone="info">
                  These ratings were just imported. Without a ticket id column, importing them again would record each one twice.
                </Alert>
              )}
            </>
          )}
        </>
      )}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {summary && (
        <div className={styles.summary} role="status">
          <strong>
            Imported {summary.imported}, skipped {summary.skipped} already recorded
            {summary.failed.length > 0 ? `, ${summary.failed.length} refused` : ''}
            {invalid.length > 0 ? `, ${invalid.length} left out with problems` : ''}.
          </strong>
          {summary.failed.length > 0 && (
            <ul>
              {summary.failed.map((problem) => (
                <li key={problem.row}>
                  Row {problem.row}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
