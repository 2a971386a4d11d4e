/** The Gatehouse mark and name, shown above every card; decorative for assistive tech except its name. */
export function Wordmark() {
  return (
    <div className="wordmark">
      <svg
        className="wordmark-mark"
        viewBox="0 0 32 32"
        width="28"
        height="28"
        aria-hidden="true"
        focusable="false"
      >
        <rect width="32" height="32" rx="8" fill="#1d4ed8" />
        <path d="M9 25V13.5L16 8l7 5.5V25h-4.5v-6.5a2.5 2.5 0 0 0-5 0V25Z" fill="#ffffff" />
      </svg>
      <span className="wordmark-name">Gatehouse</span>
    </div>
  );
}
