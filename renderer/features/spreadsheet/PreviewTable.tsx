/** A few rows of a table in a scrolling box that the keyboard can reach. */
export function PreviewTable({
  headers,
  rows,
  caption,
}: {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  caption: string;
}) {
  return (
    // Scrollable, so reachable from the keyboard.
    <div className="sheet-preview" tabIndex={0} role="region" aria-label={caption}>
      <table aria-label={caption}>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {headers.map((_, k) => (
                <td key={k}>{r[k]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
