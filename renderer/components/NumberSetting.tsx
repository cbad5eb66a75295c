import { useState } from 'react';
import { Field } from './Field.tsx';

interface NumberSettingProps {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Only whole numbers (a count, such as the top N). */
  isWhole?: boolean;
  /** Called with a valid, changed value on Enter or when the field loses focus. */
  onCommit: (value: number) => void;
}

/** A number input that writes a valid value when it is done and explains an out-of-range one inline. */
export function NumberSetting({
  label,
  hint,
  value,
  min,
  max,
  step,
  isWhole = false,
  onCommit,
}: NumberSettingProps) {
  const [text, setText] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  // The stored value changed elsewhere (reset, another screen): show it, unless it is what is typed.
  if (value !== shownValue) {
    setShownValue(value);
    if (Number(text) !== value) setText(String(value));
  }
  const parsed = text.trim() === '' ? Number.NaN : Number(text);
  const isValid =
    Number.isFinite(parsed) &&
    parsed >= min &&
    parsed <= max &&
    (!isWhole || Number.isInteger(parsed));
  const error = isValid
    ? undefined
    : `Enter a ${isWhole ? 'whole number' : 'number'} from ${min} to ${max}. The saved value is still ${value}.`;

  function commit() {
    if (isValid && parsed !== value) onCommit(parsed);
  }

  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={text}
          onChange={(e) => setText(e.target.value)}
          // Written when the value is done (Enter, or leaving the field), so typing 15 is one
          // undo step, not "1" and then "15".
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </Field>
  );
}
