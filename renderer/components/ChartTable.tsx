import './chart.css';

export interface ChartTableColumn {
  label: string;
  isNumeric?: boolean;
}

export interface ChartTableRow {
  /** The row header: what the numbers are about. */
  label: string;
  cells: string[];
}

interface ChartTableProps {
  caption: string;
  /** The first column heads the row headers. */
  columns: readonly ChartTableColumn[];
  rows: readonly ChartTableRow[];
  /** A sentence under the table, e.g. what the shares are of. */
  note?: string;
}

/** The numbers of a chart as a plain table: the chart's text alternative for every reader. */
export function ChartTable({ caption, columns, rows, note }: ChartTableProps) {
  return (
    <div className="chart-table table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.isNumeric ? 'numeric' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i} className={columns[i + 1]?.isNumeric ? 'numeric' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="hint">{note}</p>}
    </div>
  );
}
