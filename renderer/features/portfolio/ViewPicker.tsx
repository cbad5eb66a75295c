import type { BalanceView } from './balanceView.ts';
import { plural } from './balanceView.ts';

interface ViewPickerProps {
  views: readonly BalanceView[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/**
 * Which candidates the balance is of: all of them (what matters before anything is scheduled),
 * the roadmap, or one phase. Radio buttons, so arrow keys move between them.
 */
export function ViewPicker({ views, selectedId, onSelect }: ViewPickerProps) {
  return (
    <fieldset className="view-picker">
      <legend>Show the balance of</legend>
      <div className="view-options">
        {views.map((view) => (
          <label key={view.id} className="view-option">
            <input
              type="radio"
              name="portfolio-view"
              value={view.id}
              checked={view.id === selectedId}
              onChange={() => onSelect(view.id)}
            />
            <span>
              {view.label}{' '}
              <span className="view-count">
                ({plural(view.group.count, 'candidate', 'candidates')})
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
