import { useState } from 'react';
import { Field } from './Field.tsx';

interface TextSettingProps {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  /** Several lines (a textarea) or one. */
  isMultiline?: boolean;
  /** Called with the changed text when the field loses focus (or on Enter, for one line). */
  onCommit: (value: string) => void;
}

/**
 * A text that is written when it is done: leaving the field (or Enter on one line) is one write
 * and one undo step, not one per key. A text longer than its limit is explained and not written.
 */
export function TextSetting({
  label,
  hint,
  value,
  maxLength,
  isMultiline = false,
  onCommit,
}: TextSettingProps) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // The stored text changed elsewhere (undo, a merge): show it, unless it is what is typed.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }
  const isTooLong = text.length > maxLength;
  const error = isTooLong
    ? `Keep it to ${maxLength.toLocaleString('en')} characters or fewer (now ${text.length.toLocaleString('en')}). The saved text is unchanged.`
    : undefined;

  function commit() {
    if (!isTooLong && text !== value) onCommit(text);
  }

  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(props) =>
        isMultiline ? (
          <textarea
            {...props}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
          />
        ) : (
          <input
            {...props}
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
            }}
          />
        )
      }
    </Field>
  );
}
