import { useMemo, useState } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { navigate } from '../../app/router.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { recordEnv } from '../../state/env.ts';
import { LIBRARY_SCOPE } from '../../state/perform.ts';
import { decodingSteps, ENCODING_LABELS } from '../../../shared/csv/bytes.ts';
import type { DecodedText } from '../../../shared/csv/bytes.ts';
import type { ColumnMapping, ImportField } from '../../../shared/csv/columns.ts';
import {
  FIELD_LABELS,
  IMPORT_FIELDS,
  isScoreField,
  layoutKey,
  mapColumns,
} from '../../../shared/csv/columns.ts';
import {
  DELIMITER_LABELS,
  DELIMITERS,
  MAX_ROWS,
  tableOfGrid,
} from '../../../shared/csv/dialect.ts';
import type { Delimiter, GridRow, ParsedTable } from '../../../shared/csv/dialect.ts';
import type { WorkbookSheet } from '../../../shared/csv/workbook.ts';
import { looksLikeWorkbook, openWorkbook } from '../../../shared/csv/workbook.ts';
import type { DuplicateChoice, ImportSettings } from '../../../shared/csv/plan.ts';
import {
  defaultSettings,
  defaultValueMappings,
  importChange,
  previewImport,
  readTable,
  valueMappingsWith,
} from '../../../shared/csv/plan.ts';
import { distinctValues, hasPercentages, optionsOf } from '../../../shared/csv/values.ts';
import { STAGE_LABELS, TAG_LABELS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { createWorkshop } from '../../../shared/domain/factories.ts';
import { applyChangeToDocument } from '../../../shared/domain/apply.ts';
import { recall, remember } from './memory.ts';
import { PreviewTable } from './PreviewTable.tsx';

type Step = 'file' | 'reading' | 'columns' | 'values' | 'review';
const STEP_TITLES: Record<Step, string> = {
  file: 'Import from a spreadsheet',
  reading: 'Import: how the file reads',
  columns: 'Import: which column is which',
  values: 'Import: what the values mean',
  review: 'Import: review',
};

const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** How an Excel 97–2003 (.xls) file begins: a compound document, not a zip. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What was read from the file: text in one of its possible encodings, or a workbook's sheets. */
type Source =
  | { kind: 'text'; options: DecodedText[]; encoding: string }
  | {
      kind: 'workbook';
      sheets: WorkbookSheet[];
      sheet: number;
      readSheet: (index: number) => { ok: true; grid: GridRow[] } | { ok: false; message: string };
    };

function optionLabel(field: ImportField, value: string): string {
  if (field === 'stage') return STAGE_LABELS[value as keyof typeof STAGE_LABELS] ?? value;
  if (field === 'audience' || field === 'horizon' || field === 'approach') {
    return TAG_LABELS[value as keyof typeof TAG_LABELS] ?? value;
  }
  return value;
}

/**
 * The spreadsheet import (issue 12), in steps: the file; how it reads (encoding with a preview,
 * delimiter, header row); which column is which (with a confidence mark); what the values mean
 * (each distinct value with its count); then the review (errors inline, duplicates) and Import,
 * one undo step. `doc` null: a new workshop is made from the file.
 */
export function SpreadsheetImportDialog({
  doc,
  onClose,
}: {
  doc: WorkshopDocument | null;
  onClose: () => void;
}) {
  const [step, setStep] = useState<Step>('file');
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [settings, setSettings] = useState<ImportSettings>({ delimiter: ',', hasHeaderRow: true });
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [values, setValues] = useState<Map<number, Map<string, string | null>> | null>(null);
  const [percentScale, setPercentScale] = useState(false);
  const [onDuplicate, setOnDuplicate] = useState<DuplicateChoice>('skip');
  const [title, setTitle] = useState('');
  const grid = useMemo(
    () => (source?.kind === 'workbook' ? source.readSheet(source.sheet) : null),
    [source],
  );
  const read = useMemo((): { table: ParsedTable } | { error: string } | null => {
    if (source === null) return null;
    if (source.kind === 'text') {
      const text = source.options.find((o) => o.encoding === source.encoding)?.text ?? '';
      return { table: readTable(text, settings) };
    }
    if (grid === null || !grid.ok) return { error: grid?.message ?? '' };
    return { table: tableOfGrid(grid.grid, settings.hasHeaderRow) };
  }, [source, grid, settings]);
  const table = read !== null && 'table' in read ? read.table : null;
  const readError =
    read === null
      ? null
      : 'error' in read
        ? read.error
        : read.table.isTooLong
          ? `This ${source?.kind === 'workbook' ? 'sheet' : 'file'} has more than ${MAX_ROWS.toLocaleString('en')} rows: Scalepath imports up to ${MAX_ROWS.toLocaleString('en')} candidates at a time. Split it into smaller files and import each.`
          : read.table.headers.length === 0
            ? `This ${source?.kind === 'workbook' ? 'sheet' : 'file'} has no rows to import. Choose another${source?.kind === 'workbook' ? ' sheet or' : ''} file.`
            : null;
  // Only the review step shows (and needs) every row mapped.
  const preview = useMemo(
    () =>
      step !== 'review' || table === null || mapping === null || values === null
        ? null
        : previewImport(table, doc?.candidates ?? [], { mapping, values }),
    [step, table, doc, mapping, values],
  );

  async function pick(file: File) {
    setError(null);
    if (file.size > MAX_SPREADSHEET_BYTES) {
      setError(
        `“${file.name}” is larger than 20 MB: Scalepath imports spreadsheets up to 20 MB. Split it, or remove columns it does not need.`,
      );
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    setFileName(file.name);
    setTitle(file.name.replace(/\.[^.]+$/, ''));
    if (looksLikeWorkbook(bytes)) {
      const book = openWorkbook(bytes);
      if (!book.ok) {
        setError(book.message);
        return;
      }
      const first = book.sheets.findIndex((s) => !s.isHidden);
      setSource({
        kind: 'workbook',
        sheets: book.sheets,
        sheet: Math.max(0, first),
        readSheet: book.readSheet,
      });
      setSettings({ delimiter: ',', hasHeaderRow: true });
      setStep('reading');
      return;
    }
    if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
      setError(
        `“${file.name}” is an Excel 97–2003 workbook (.xls), which Scalepath does not read. In your spreadsheet program, save it as an Excel workbook (.xlsx) or as “CSV UTF-8”, then import that file. Nothing was changed.`,
      );
      return;
    }
    // A step per task: a megabyte in a code page is ranked without freezing the screen.
    const steps = decodingSteps(bytes);
    let step = steps.next();
    while (step.done !== true) {
      await nextTask();
      step = steps.next();
    }
    const decoded = step.value;
    if (!decoded.ok) {
      setError(`${decoded.message} Nothing was changed.`);
      return;
    }
    setSource({ kind: 'text', options: decoded.options, encoding: decoded.best.encoding });
    setSettings(defaultSettings(decoded.best.text));
    setStep('reading');
  }

  function toColumns() {
    if (table === null) return;
    const remembered = recall(layoutKey(table.headers), table.headers.length);
    const m = remembered?.mapping ?? mapColumns(table.headers);
    setMapping(m);
    setValues(
      remembered === null
        ? defaultValueMappings(table, m, percentScale)
        : valueMappingsWith(table, m, remembered.values, percentScale),
    );
    setStep('columns');
  }

  function setField(column: number, field: ImportField | null) {
    if (mapping === null || table === null) return;
    const next = mapping.map((m, i) => {
      if (i === column) return field === null ? null : { field, confidence: 'exact' as const };
      return m !== null && m.field === field ? null : m;
    });
    setMapping(next);
    setValues(defaultValueMappings(table, next, percentScale));
  }

  async function doImport() {
    if (preview === null || mapping === null || values === null || table === null) return;
    remember(layoutKey(table.headers), mapping, values);
    if (doc !== null) {
      await runEdit(
        EDITS.importSpreadsheet,
        {
          doc,
          fileName,
          rows: preview.rows,
          onDuplicate,
        },
        doc.workshop.id,
      );
      onClose();
      return;
    }
    const base = createWorkshop(
      { title: title.trim() || fileName, organisation: '', facilitator: '', date: '' },
      recordEnv,
    );
    const withRows = applyChangeToDocument(
      base,
      importChange(base, preview.rows, 'add', recordEnv),
      recordEnv.now(),
    );
    if (
      await runEdit(EDITS.newWorkshopFromSpreadsheet, { doc: withRows, fileName }, LIBRARY_SCOPE)
    ) {
      navigate({ screen: 'workshop', workshopId: withRows.workshop.id, tab: 'candidates' });
    }
    onClose();
  }

  const importable = preview?.rows.filter((r) => r.errors.length === 0) ?? [];
  const withErrors = preview?.rows.filter((r) => r.errors.length > 0) ?? [];
  const duplicates = importable.filter((r) => r.duplicateOf !== null);
  const valueColumns =
    mapping?.flatMap((m, column) =>
      m !== null && optionsOf(m.field) !== null ? [{ column, field: m.field }] : [],
    ) ?? [];

  return (
    <Dialog title={STEP_TITLES[step]} onClose={onClose} isWide>
      {step === 'file' && (
        <div className="sheet-step">
          <p>
            An Excel workbook (.xlsx), or a CSV or Unicode Text file as a spreadsheet saves it (any
            delimiter, UTF-8, UTF-16 or a Windows code page). The first row may hold the column
            names.
          </p>
          <label className="field">
            Spreadsheet file
            <input
              type="file"
              accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void pick(f);
              }}
            />
          </label>
          {error !== null && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step === 'reading' && source !== null && (
        <div className="sheet-step">
          <div className="form-grid">
            {source.kind === 'text' ? (
              <>
                <label className="field">
                  Text encoding
                  <select
                    value={source.encoding}
                    onChange={(e) => setSource({ ...source, encoding: e.target.value })}
                  >
                    {source.options.map((o) => (
                      <option key={o.encoding} value={o.encoding}>
                        {ENCODING_LABELS[o.encoding]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  Delimiter
                  <select
                    value={settings.delimiter}
                    onChange={(e) =>
                      setSettings({ ...settings, delimiter: e.target.value as Delimiter })
                    }
                  >
                    {DELIMITERS.map((d) => (
                      <option key={d} value={d}>
                        {DELIMITER_LABELS[d]}
                      </option>
                    ))}
                  </select>
                </label>
              </>
            ) : (
              <label className="field">
                Sheet
                <select
                  value={source.sheet}
                  onChange={(e) => setSource({ ...source, sheet: Number(e.target.value) })}
                >
                  {source.sheets.map((s, i) => (
                    <option key={i} value={i}>
                      {s.isHidden ? `${s.name} (hidden)` : s.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={settings.hasHeaderRow}
                onChange={(e) => setSettings({ ...settings, hasHeaderRow: e.target.checked })}
              />
              First row is headers
            </label>
          </div>
          {readError !== null && (
            <p className="field-error" role="alert">
              {readError}
            </p>
          )}
          {table !== null && readError === null && (
            <PreviewTable
              headers={table.headers}
              rows={table.rows.slice(0, 5)}
              caption={`The first rows of “${fileName}” as they read (${table.rows.length} rows)`}
            />
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setStep('file')}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              disabled={readError !== null}
              onClick={toColumns}
            >
              Next: columns
            </button>
          </div>
        </div>
      )}
      {step === 'columns' && table !== null && mapping !== null && (
        <div className="sheet-step">
          <table className="sheet-columns" aria-label="Columns and the fields they go to">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">First values</th>
                <th scope="col">Goes to</th>
                <th scope="col">Match</th>
              </tr>
            </thead>
            <tbody>
              {table.headers.map((h, column) => {
                const m = mapping[column] ?? null;
                return (
                  <tr key={column}>
                    <th scope="row">{h}</th>
                    <td className="hint">
                      {table.rows
                        .slice(0, 3)
                        .map((r) => r[column])
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                    <td>
                      <select
                        aria-label={`Field for the column ${h}`}
                        value={m?.field ?? ''}
                        onChange={(e) =>
                          setField(column, (e.target.value || null) as ImportField | null)
                        }
                      >
                        <option value="">Not imported</option>
                        {IMPORT_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {FIELD_LABELS[f]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{m === null ? 'not imported' : m.confidence}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!mapping.some((m) => m?.field === 'title') && (
            <p className="field-error" role="alert">
              Choose the column that holds the titles: every candidate needs one.
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setStep('reading')}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              disabled={!mapping.some((m) => m?.field === 'title')}
              onClick={() => setStep(valueColumns.length > 0 ? 'values' : 'review')}
            >
              {valueColumns.length > 0 ? 'Next: values' : 'Next: review'}
            </button>
          </div>
        </div>
      )}
      {step === 'values' && table !== null && values !== null && (
        <div className="sheet-step">
          {valueColumns.map(({ column, field }) => {
            const distinct = distinctValues(table.rows, column);
            const options = optionsOf(field) ?? [];
            return (
              <fieldset key={column} className="sheet-values">
                <legend>
                  {table.headers[column]} → {FIELD_LABELS[field]}
                </legend>
                {hasPercentages(distinct) && (
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={percentScale}
                      onChange={(e) => {
                        setPercentScale(e.target.checked);
                        if (mapping)
                          setValues(defaultValueMappings(table, mapping, e.target.checked));
                      }}
                    />
                    Percentages are of 100 (80% is 4 of 5)
                  </label>
                )}
                <table aria-label={`Values of ${table.headers[column]}`}>
                  <thead>
                    <tr>
                      <th scope="col">Value</th>
                      <th scope="col">Rows</th>
                      <th scope="col">Becomes</th>
                    </tr>
                  </thead>
                  <tbody>
                    {distinct.map((v) => (
                      <tr key={v.raw}>
                        <th scope="row">{v.raw}</th>
                        <td>{v.count}</td>
                        <td>
                          <select
                            aria-label={`${table.headers[column]}: ${v.raw}`}
                            value={values.get(column)?.get(v.raw) ?? ''}
                            onChange={(e) => {
                              const next = new Map(values);
                              next.set(
                                column,
                                new Map(values.get(column) ?? []).set(
                                  v.raw,
                                  e.target.value || null,
                                ),
                              );
                              setValues(next);
                            }}
                          >
                            <option value="">
                              {isScoreField(field) ? 'No score' : 'Left unset'}
                            </option>
                            {options.map((o) => (
                              <option key={o} value={o}>
                                {optionLabel(field, o)}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </fieldset>
            );
          })}
          <div className="dialog-actions">
            <button type="button" onClick={() => setStep('columns')}>
              Back
            </button>
            <button type="button" className="primary" onClick={() => setStep('review')}>
              Next: review
            </button>
          </div>
        </div>
      )}
      {step === 'review' && preview !== null && (
        <div className="sheet-step">
          <p role="status">
            {importable.length} {importable.length === 1 ? 'candidate' : 'candidates'} to import
            from {preview.rows.length} rows
            {withErrors.length > 0 && `; ${withErrors.length} with errors will be left out`}.
          </p>
          {preview.table.raggedRows.length > 0 && (
            <p>
              {preview.table.raggedRows.length === 1 ? 'Row' : 'Rows'}{' '}
              {preview.table.raggedRows
                .slice(0, 20)
                .map((i) => preview.table.rowNumbers[i])
                .join(', ')}
              {preview.table.raggedRows.length > 20 && ' and more'} had more cells than there are
              columns: the cells past the last column are not imported.
            </p>
          )}
          {withErrors.length > 0 && (
            <ul className="sheet-errors" aria-label="Rows with errors">
              {withErrors.slice(0, 50).map((r) => (
                <li key={r.line}>
                  Row {r.line}: {r.errors.join('; ')}.
                </li>
              ))}
            </ul>
          )}
          <PreviewTable
            headers={['Title', 'Department', 'Stage', 'Effort', 'Left out of the row']}
            rows={importable
              .slice(0, 8)
              .map((r) => [
                r.fields.title,
                r.fields.department,
                STAGE_LABELS[r.fields.stage],
                r.fields.effort,
                r.notes.join('; '),
              ])}
            caption="The first candidates as they will be imported"
          />
          {doc !== null && duplicates.length > 0 && (
            <fieldset>
              <legend>
                {duplicates.length} {duplicates.length === 1 ? 'title is' : 'titles are'} already in
                the workshop
              </legend>
              {(['skip', 'update', 'add'] as const).map((c) => (
                <label key={c} className="checkbox">
                  <input
                    type="radio"
                    name="duplicates"
                    checked={onDuplicate === c}
                    onChange={() => setOnDuplicate(c)}
                  />
                  {c === 'skip'
                    ? 'Skip them'
                    : c === 'update'
                      ? 'Update them with the file’s values'
                      : 'Add them as new candidates'}
                </label>
              ))}
            </fieldset>
          )}
          {doc === null && (
            <label className="field">
              Title of the new workshop
              <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
            </label>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              onClick={() => setStep(valueColumns.length > 0 ? 'values' : 'columns')}
            >
              Back
            </button>
            <button
              type="button"
              className="primary"
              disabled={importable.length === 0}
              onClick={() => void doImport()}
            >
              Import {importable.length} {importable.length === 1 ? 'candidate' : 'candidates'}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
