import { FileUp } from 'lucide-react';
import type { ChangeEvent } from 'react';
import { SelectField } from '@/ui';
import type { ColumnMapping, CsvColumn } from './columns';
import styles from './CsvFields.module.css';

/** A large target to choose a CSV file with; choosing the same file again reads it again. */
export function CsvFilePicker({ label, onChoose }: { label: string; onChoose: (file: File) => void }) {
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen) onChoose(chosen);
  };
  return (
    <label className={styles.drop}>
      <FileUp size={22} aria-hidden="true" />
      <span>{label}</span>
      <input type="file" accept=".csv,text/csv" onChange={choose} className="visually-hidden" />
    </label>
  );
}

/** One select a column, offering the file's headers; a required column's label is starred. */
export function ColumnMappingFields<Key extends string>({
  columns,
  headers,
  mapping,
  onChange,
}: {
  columns: readonly CsvColumn<Key>[];
  headers: readonly string[];
  mapping: ColumnMapping<Key>;
  onChange: (mapping: ColumnMapping<Key>) => void;
}) {
  return (
    <div className={styles.mapping}>
      {columns.map((column) => (
        <SelectField
          key={column.key}
          label={column.required ? `${column.label} *` : column.label}
          value={mapping[column.key] ?? ''}
          onChange={(event) => onChange({ ...mapping, [column.key]: event.target.value || undefined })}
        >
          <option value="">Not in this file</option>
          {headers.map((header) => (
            <option key={header} value={header}>
              {header}
            </option>
          ))}
        </SelectField>
      ))}
    </div>
  );
}
