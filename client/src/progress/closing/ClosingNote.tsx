import { useTranslation } from 'react-i18next';
import type { ProgressTarget } from '@shared/api/progress';
import { formatDelta, formatValue } from '../formatValue';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * On a target whose period has ended: that the figure is final and, once the period was
 * closed, the figure as reported then and the correction since, with the carriers behind it.
 * A leader never sees a reported figure change without being told.
 */
export function ClosingNote({ target }: { target: ProgressTarget }) {
  const { t } = useTranslation('closing');
  const language = useLanguage();
  if (!target.periodClosed) return null;
  const closing = target.closing;
  if (!closing) return <li data-testid={`closing-${target.id}`}>{t('final')}</li>;
  const value = (amount: number) => formatValue(amount, target.unit, language, t);
  const reported = t('reported', { date: closing.closedAt.slice(0, 10), value: value(closing.figure) });
  const correction = closing.correction;
  if (!correction) return <li data-testid={`closing-${target.id}`}>{reported}</li>;
  const names = (list: { name: string | null; ref: string }[]) => list.map((item) => item.name ?? item.ref).join(language === 'zh' ? '、' : ', ');
  return (
    <li className="closing-correction" data-testid={`closing-${target.id}`} data-value={correction.figure}>
      <strong>
        {reported}
        {t('corrected', { value: value(correction.figure), delta: formatDelta(correction.delta, target.unit, language, t) })}
      </strong>
      {correction.added.length > 0 && <span className="muted"> {t('added', { count: correction.added.length, names: names(correction.added) })}</span>}
      {correction.removed.length > 0 && <span className="muted"> {t('removed', { count: correction.removed.length, names: names(correction.removed) })}</span>}
    </li>
  );
}
