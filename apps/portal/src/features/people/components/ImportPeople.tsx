import { MAX_IMPORT_ROWS } from '@laurels/domain';
import { useMemo, useState } from 'react';
import { errorMessage } from '@/shared/apollo';
import { guessMapping, missingColumns } from '@/shared/csv/columns';
import { ColumnMappingFields, CsvFilePicker } from '@/shared/csv/CsvFields';
import { readCsv, type CsvFile } from '@/shared/csv/read-csv';
import { Alert, Button, Tag, plural } from '@/ui';
import { useImportPeople } from '../hooks/usePeople';
import { COLUMNS, checkPeople, type CheckedPerson, type Column, type Mapping, type Problem } from './people-csv';
import styles from './ImportPeople.module.css';

/** The most rows the preview lists: those with problems first. */
const PREVIEW_ROWS = 50;

const FIELD_LABEL: Record<Problem['field'], string> = {
  email: 'Email',
  displayName: 'Name',
  role: 'Role',
  teamName: 'Team',
  startedAt: 'Start date',
};

/**
 * Adds people from a spreadsheet saved as CSV: columns matched by header
 * (and adjustable), every row checked in the browser as the API will check
 * it, a preview that shows each row's problems beside it, then one import,
 * all or nothing. Problems only the API can see (an email another
 * organisation uses) come back onto their rows.
 */
export function ImportPeople({ onImported }: { onImported: (summary: string) => void }) {
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [parseError, setParseError] = useState<string | null>(null);
  const [refused, setRefused] = useState<Map<number, Problem[]> | null>(null);
  const [importPeople, { loading, error }] = useImportPeople();
  const checked = useMemo(() => (file ? checkPeople(file.records, mapping, new Date()) : []), [file, mapping]);
  const withProblems = (person: CheckedPerson) => [...person.problems, ...(refused?.get(person.row) ?? [])];
  const bad = checked.filter((person) => withProblems(person).length > 0);
  const missing = missingColumns(COLUMNS, mapping);
  const tooMany = checked.length > MAX_IMPORT_ROWS;
  const shown = (bad.length > 0 ? bad : checked).slice(0, PREVIEW_ROWS);

  const read = async (chosen: File) => {
    setParseError(null);
    setRefused(null);
    try {
      const parsed = await readCsv(chosen, 'no people');
      setFile(parsed);
      setMapping(guessMapping(COLUMNS, parsed.headers));
    } catch (failure) {
      setFile(null);
      setParseError((failure as Error).message);
    }
  };

  const run = async () => {
    const result = await importPeople({ variables: { input: { rows: checked.map((person) => person.input) } } }).catch(() => null);
    const outcome = result?.data?.importUsers;
    if (!outcome) return;
    if (outcome.errors.length > 0) {
      const byRow = new Map<number, Problem[]>();
      for (const { row, field, message } of outcome.errors)
        byRow.set(row, [...(byRow.get(row) ?? []), { field: field as Problem['field'], message }]);
      setRefused(byRow);
      return;
    }
    setFile(null);
    onImported(
      `${plural(outcome.created, 'person', 'people')} added, ${outcome.skipped} already there.` +
        (outcome.created > 0 ? ' Give each a password (Edit) so they can sign in.' : ''),
    );
  };

  const cell = (person: CheckedPerson, column: Column) => {
    const wrong = withProblems(person).some((problem) => problem.field === column);
    return (
      <td key={column} className={wrong ? styles.wrongCell : undefined}>
        {person.cells[column]}
      </td>
    );
  };

  return (
    <div className={styles.import}>
      <CsvFilePicker
        label={file ? `${file.name} · choose another file` : 'Choose a CSV file of people'}
        onChoose={(chosen) => void read(chosen)}
      />
      <p className={styles.hint}>
        One row a person, with a header row: email and name, and if you like role ({'EMPLOYEE, MANAGER or ADMIN'}), team (made if new) and
        start date (like 2026-01-31). People already here are left as they are.
      </p>
      {parseError && <Alert>{parseError}</Alert>}
      {file && (
        <>
          <ColumnMappingFields
            columns={COLUMNS}
            headers={file.headers}
            mapping={mapping}
            onChange={(chosen) => {
              setRefused(null);
              setMapping(chosen);
            }}
          />
          {missing.length > 0 ? (
            <Alert tone="info">Choose the column for {missing.map((column) => column.label).join(' and ')}.</Alert>
          ) : tooMany ? (
            <Alert>
              The file has {checked.length.toLocaleString()} people; an import holds at most {MAX_IMPORT_ROWS.toLocaleString()}: split the
              file.
            </Alert>
          ) : (
            <>
              <p className={styles.counts} aria-live="polite">
                <Tag tone={bad.length > 0 ? 'neutral' : 'success'}>{plural(checked.length, 'person', 'people')} in the file</Tag>
                {bad.length > 0 && <Tag tone="danger">{plural(bad.length, 'row', 'rows')} to fix</Tag>}
              </p>
              <div className={styles.preview} tabIndex={0} role="region" aria-label="Preview of the file">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Check</th>
                      {COLUMNS.map((column) => (
                        <th key={column.key} scope="col">
                          {column.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((person) => {
                      const problems = withProblems(person);
                      return (
                        <tr key={person.row} className={problems.length > 0 ? styles.bad : undefined}>
                          <td>{person.row}</td>
                          <td className={styles.check}>
                            {problems.length === 0 ? (
                              'OK'
                            ) : (
                              <ul>
                                {problems.map((problem) => (
                                  <li key={problem.field + problem.message}>
                                    {FIELD_LABEL[problem.field]}: {problem.message}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </td>
                          {COLUMNS.map((column) => cell(person, column.key))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {(bad.length > 0 ? bad.length : checked.length) > PREVIEW_ROWS && (
                <p className={styles.more}>
                  The first {PREVIEW_ROWS} of {bad.length > 0 ? plural(bad.length, 'row to fix', 'rows to fix') : `${checked.length} rows`}.
                </p>
              )}
              {bad.length > 0 ? (
                <Alert tone="info">Nobody is added while a row has a problem: fix the file and choose it again.</Alert>
              ) : (
                <Button onClick={() => void run()} busy={loading}>
                  Import {plural(checked.length, 'person', 'people')}
                </Button>
              )}
            </>
          )}
        </>
      )}
      {error && <Alert>{errorMessage(error)}</Alert>}
    </div>
  );
}
