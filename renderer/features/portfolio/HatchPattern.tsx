/**
 * Diagonal hatching for "Not set": untagged candidates are told apart by pattern and label, never
 * by colour alone.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width={8}
        height={8}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={8} height={8} className="hatch-ground" />
        <line x1={0} y1={0} x2={0} y2={8} className="hatch-line" />
      </pattern>
    </defs>
  );
}
