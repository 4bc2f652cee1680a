/** The columns a CSV import reads, and which of a file's headers holds each. */

/** A column an import reads: its key, what the page calls it, whether the file must have it, and the headers that usually hold it. */
export interface CsvColumn<Key extends string> {
  readonly key: Key;
  readonly label: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
}

export type ColumnMapping<Key extends string> = Partial<Record<Key, string>>;

const normal = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/**
 * Guesses which header holds each column from the names spreadsheets commonly use: a column's
 * first-listed name wins over its later ones, and a header is given to one column only.
 */
export function guessMapping<Key extends string>(columns: readonly CsvColumn<Key>[], headers: readonly string[]): ColumnMapping<Key> {
  const mapping: ColumnMapping<Key> = {};
  const taken = new Set<string>();
  for (const column of columns) {
    const found = column.aliases
      .map(normal)
      .flatMap((alias) => headers.filter((header) => normal(header) === alias && !taken.has(header)))[0];
    if (found) {
      mapping[column.key] = found;
      taken.add(found);
    }
  }
  return mapping;
}

/** The required columns no header is chosen for yet. */
export function missingColumns<Key extends string>(columns: readonly CsvColumn<Key>[], mapping: ColumnMapping<Key>): CsvColumn<Key>[] {
  return columns.filter((column) => column.required && !mapping[column.key]);
}

/** What a row says in a column, trimmed; empty when no header is chosen for it. */
export function cellOf<Key extends string>(record: Readonly<Record<string, string>>, mapping: ColumnMapping<Key>, key: Key): string {
  const header = mapping[key];
  return header ? (record[header] ?? '').trim() : '';
}
