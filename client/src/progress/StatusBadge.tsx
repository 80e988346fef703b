import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '@shared/planner';

/** A shape beside the colour, so the status reads without colour too (and in black-and-white print). */
const STATUS_MARKS: Record<TargetStatus, string> = { met: '✓', on_track: '↗', at_risk: '!', behind: '✕' };

export function StatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_MARKS[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
