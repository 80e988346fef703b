export interface ProgressBarProps {
  label: string;
  /** 0…1, or null while the amount of work is unknown (the server is processing). */
  fraction: number | null;
}

/** A labelled progress bar; indeterminate while the end is not known. */
export function ProgressBar({ label, fraction }: ProgressBarProps) {
  const percent = fraction === null ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress">
      <span className="progress-label">
        {label}
        {percent !== undefined && ` ${percent}%`}
      </span>
      <div
        className={percent === undefined ? 'progress-track progress-indeterminate' : 'progress-track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
