/** A determinate progress bar with its label and percentage written out, for long work such as the archive load. */
export function ProgressBar({ label, detail, value }: { label: string; detail: string; value: number }) {
  const pct = Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <div class="ll-progress">
      <div class="ll-progress-text">
        <span>{detail}</span>
        <span aria-hidden="true">{pct}%</span>
      </div>
      <div
        class="ll-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${detail} ${pct}%`}
      >
        <div class="ll-progress-bar" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
