/** The foot of a dialog form: Cancel, then the submit button that names what it does. */
export function FormActions({
  submitLabel,
  onCancel,
}: {
  submitLabel: string;
  onCancel: () => void;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </div>
  );
}
