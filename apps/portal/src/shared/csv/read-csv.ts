/** A CSV file read with its header row: every data row as header → cell. */
export interface CsvFile {
  readonly name: string;
  readonly headers: string[];
  readonly records: Record<string, string>[];
}

/**
 * Reads a chosen file in the browser (papaparse, loaded when first needed). Rejects with a
 * message to show when the file cannot be read, or has no header or no rows (`rowsWord` names
 * them: "no people", "no data").
 */
export async function readCsv(file: File, rowsWord: string): Promise<CsvFile> {
  const { default: Papa } = await import('papaparse');
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: 'greedy',
      complete: (result) => {
        const headers = result.meta.fields ?? [];
        if (headers.length === 0 || result.data.length === 0) reject(new Error(`The file has no header row or ${rowsWord}.`));
        else resolve({ name: file.name, headers, records: result.data });
      },
      error: (failure) => reject(new Error(`The file could not be read: ${failure.message}`)),
    });
  });
}
