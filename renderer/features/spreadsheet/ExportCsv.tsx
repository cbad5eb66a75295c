import { useState } from 'react';
import { platform } from '../../platform/index.ts';
import { useSessionStore } from '../../state/store.ts';
import { candidatesCsv } from '../../../shared/csv/export.ts';
import type { Delimiter } from '../../../shared/csv/dialect.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';

/** Export CSV: the scored list for Excel, with `,` or `;` between cells. */
export function ExportCsv({ doc }: { doc: WorkshopDocument }) {
  const [delimiter, setDelimiter] = useState<Delimiter>(',');
  async function save() {
    try {
      await platform.saveCsv(doc.workshop.title, candidatesCsv(doc, delimiter));
    } catch (error) {
      useSessionStore
        .getState()
        .setFileError(
          `The CSV file was not saved: ${error instanceof Error ? error.message : String(error)}`,
        );
    }
  }
  return (
    <span className="export-csv">
      <label>
        <span className="visually-hidden">CSV delimiter</span>
        <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as Delimiter)}>
          <option value=",">Commas</option>
          <option value=";">Semicolons</option>
        </select>
      </label>
      <button type="button" onClick={() => void save()}>
        Export CSV
      </button>
    </span>
  );
}
