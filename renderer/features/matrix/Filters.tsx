import { useId } from 'react';
import {
  APPROACHES,
  AUDIENCES,
  HORIZONS,
  STAGE_LABELS,
  STAGES,
  TAG_LABELS,
} from '../../../shared/domain/criteria.ts';
import { isFiltering, NO_FILTERS, NOT_SET } from './filters.ts';
import type { FilterKey, MatrixFilters } from './filters.ts';

interface Option {
  value: string;
  label: string;
}

const tagOptions = (tags: ReadonlyArray<keyof typeof TAG_LABELS>): Option[] => [
  ...tags.map((t) => ({ value: t, label: TAG_LABELS[t] })),
  { value: NOT_SET, label: 'Not set' },
];

const FIXED: ReadonlyArray<{ key: FilterKey; label: string; options: Option[] }> = [
  { key: 'audience', label: 'Audience', options: tagOptions(AUDIENCES) },
  { key: 'horizon', label: 'Horizon', options: tagOptions(HORIZONS) },
  { key: 'approach', label: 'Approach', options: tagOptions(APPROACHES) },
  {
    key: 'stage',
    label: 'Stage',
    options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
  },
];

function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface FiltersProps {
  filters: MatrixFilters;
  departments: readonly string[];
  matchCount: number;
  total: number;
  onChange: (filters: MatrixFilters) => void;
}

/** Filters by tag, stage and department: cards that do not match are dimmed, never hidden. */
export function Filters({ filters, departments, matchCount, total, onChange }: FiltersProps) {
  const departmentOptions: Option[] = [
    ...departments.map((d) => ({ value: d, label: d })),
    { value: NOT_SET, label: 'Not set' },
  ];
  const isOn = isFiltering(filters);
  return (
    <div className="matrix-filters" role="group" aria-label="Filters">
      {FIXED.map((f) => (
        <FilterSelect
          key={f.key}
          label={f.label}
          value={filters[f.key]}
          options={f.options}
          onChange={(value) => onChange({ ...filters, [f.key]: value })}
        />
      ))}
      <FilterSelect
        label="Department"
        value={filters.department}
        options={departmentOptions}
        onChange={(department) => onChange({ ...filters, department })}
      />
      <p className="filter-count" role="status">
        {isOn ? `${matchCount} of ${total} match; the others are dimmed.` : ''}
      </p>
      {isOn && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
