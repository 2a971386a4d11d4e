/** A decorative 20×20 icon drawn by one path: hidden from assistive tech, since the text beside it speaks. */
export function Glyph({ className, path }: { className: string; path: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} fill="currentColor" />
    </svg>
  );
}
