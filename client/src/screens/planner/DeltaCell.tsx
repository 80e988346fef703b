import { useTranslation } from 'react-i18next';
import type { Tone, Unit } from '@shared/planner';
import { formatDelta } from '../../progress/formatValue';
import { useLanguage } from '../../i18n/useLanguage';

interface DeltaCellProps {
  delta: number;
  tone: Tone;
  unit: Unit;
  testId: string;
}

/** A difference coloured by what it means for the plan (see shared/planner/outlook.ts), with the reason when that is not its sign. */
export function DeltaCell({ delta, tone, unit, testId }: DeltaCellProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const reason = tone.reason ? t(`results.toneReason.${tone.reason}`) : undefined;
  return (
    <td className={`num delta delta-${tone.tone}`} data-testid={testId} data-value={delta} data-tone={tone.tone} title={reason}>
      {formatDelta(delta, unit, language, t)}
      {reason && <span className="delta-reason">{reason}</span>}
    </td>
  );
}
