import type { DimensionBalance } from '../../../shared/roadmap/balance.ts';
import type { Band } from './balanceView.ts';
import { DIMENSION_TITLES, formatBand, formatPercent, sideLabel } from './balanceView.ts';
import { ChartTable } from '../../components/ChartTable.tsx';

const COLUMNS = [
  { label: 'Side' },
  { label: 'Candidates', isNumeric: true },
  { label: 'Share by count', isNumeric: true },
  { label: 'Effort points', isNumeric: true },
  { label: 'Share by effort', isNumeric: true },
];

function share(value: number | null): string {
  return value === null ? '–' : formatPercent(value);
}

/** A balance dimension's numbers: each side and "Not set", by count and by effort. */
export function BalanceTable({
  dimension: d,
  band,
  viewLabel,
}: {
  dimension: DimensionBalance;
  band: Band;
  viewLabel: string;
}) {
  const inverse = (value: number | null) => (value === null ? null : 100 - value);
  return (
    <ChartTable
      caption={`${DIMENSION_TITLES[d.dimension]}, ${viewLabel}`}
      columns={COLUMNS}
      rows={[
        {
          label: sideLabel(d.a.key),
          cells: [`${d.a.count}`, share(d.shareByCount), `${d.a.effort}`, share(d.shareByEffort)],
        },
        {
          label: sideLabel(d.b.key),
          cells: [
            `${d.b.count}`,
            share(inverse(d.shareByCount)),
            `${d.b.effort}`,
            share(inverse(d.shareByEffort)),
          ],
        },
        { label: 'Not set', cells: [`${d.unset.count}`, '–', `${d.unset.effort}`, '–'] },
      ]}
      note={`Shares are of the tagged candidates; "Not set" counts in neither. Healthy band for ${sideLabel(d.a.key).toLowerCase()}: ${formatBand(band)}.`}
    />
  );
}
