import { CRITERIA } from '../../../shared/domain/criteria.ts';
import type { Criterion } from '../../../shared/domain/criteria.ts';

const LEVELS = [1, 2, 3, 4, 5] as const;

interface ScoreFieldsetProps {
  criterion: Criterion;
  score: number | null;
  onChange: (score: number | null) => void;
}

/** One criterion as a row of big radio buttons: "not scored" and 1-5, with what 1 and 5 mean. */
export function ScoreFieldset({ criterion, score, onChange }: ScoreFieldsetProps) {
  const info = CRITERIA[criterion];
  const name = `score-${criterion}`;
  return (
    <fieldset className="score">
      <legend>{info.label}</legend>
      <p className="hint">
        1 = {info.low}; 5 = {info.high}
      </p>
      <div className="score-options">
        <label className="score-option">
          <input
            type="radio"
            name={name}
            checked={score === null}
            onChange={() => onChange(null)}
          />
          <span>Not scored</span>
        </label>
        {LEVELS.map((level) => (
          <label key={level} className="score-option">
            <input
              type="radio"
              name={name}
              value={level}
              checked={score === level}
              onChange={() => onChange(level)}
              aria-label={`${info.label}: ${level}`}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
