import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/policies';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../app/session';
import { StatusBadge } from '../StatusBadge';
import { formatValue } from '../formatValue';
import type { ProgressTarget } from '@shared/api/progress';
import { useLanguage } from '../../i18n/useLanguage';
import './counting.css';

/*
 * How a target counts (issue #18), on its dashboard card: the reading in use, the year an
 * each-year target is judged on (and the current year beside a missed one), how much rests
 * on year-only recognitions, and in the card's detail every reading with its figure and
 * status, the plan's sentence and why. A planner puts another reading in use from there.
 */

/** Reloads the progress after a planner switched a reading (the dashboard provides it). */
export const ProgressReloadContext = createContext<() => void>(() => undefined);

interface NotesProps {
  target: ProgressTarget;
  inProgress: boolean;
}

/** List items for the card's notes: reading in use, judged year, current year, year-only recognitions. */
export function CardCountingNotes({ target, inProgress }: NotesProps) {
  const { t } = useTranslation(['counting', 'dashboard']);
  const language = useLanguage();
  const value = (amount: number) => formatValue(amount, target.unit, language, t);
  const dates = target.recognitionDates;
  return (
    <>
      {target.reading && (
        <li data-testid={`reading-${target.id}`}>
          {t('counting:reading')}
          <span data-user-content>{target.reading.label[language]}</span>
        </li>
      )}
      {target.judgedYear !== undefined && (
        <li data-testid={`judged-year-${target.id}`}>
          {target.currentYear
            ? t('counting:judgedMissedYear', { year: target.judgedYear, value: value(target.actual) })
            : t(inProgress ? 'counting:judgedCurrentYear' : 'counting:judgedWeakestYear', { year: target.judgedYear })}
        </li>
      )}
      {target.currentYear && (
        <li data-testid={`current-year-${target.id}`}>
          {t('counting:currentYear', {
            year: target.currentYear.year,
            value: value(target.currentYear.value),
            expected: value(target.currentYear.expected),
            pace: t(target.currentYear.onPace ? 'counting:onPace' : 'counting:offPace'),
          })}
        </li>
      )}
      {dates && dates.yearOnly > 0 && <li>{t('counting:yearOnly', { count: dates.yearOnly })}</li>}
      {dates && dates.awaitingYearEnd > 0 && inProgress && <li>{t('counting:awaiting', { count: dates.awaitingYearEnd })}</li>}
    </>
  );
}

/** The target's detail: the plan's sentence, why it is read so, what is counted, and every reading. */
export function ReadingsDetail({ target }: { target: ProgressTarget }) {
  const { t } = useTranslation(['counting', 'dashboard']);
  const language = useLanguage();
  const reload = useContext(ProgressReloadContext);
  const user = useSession().session.user;
  const mayChoose = user !== null && can(user, 'target:update');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!target.quote && !target.why && !target.note && !target.readings) return null;

  async function choose(reading: string) {
    setBusy(reading);
    setProblem(null);
    try {
      const { target: current } = await api<{ target: { version: number } }>(`/api/targets/${encodeURIComponent(target.id)}`);
      await api(`/api/targets/${encodeURIComponent(target.id)}/reading`, { method: 'PUT', body: { reading, version: current.version } });
      reload();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <details className="counting-detail" data-testid={`counting-detail-${target.id}`}>
      <summary>{t('counting:details')}</summary>
      {target.quote && (
        <p>
          {t('counting:quote')}
          <span data-user-content>{target.quote}</span>
        </p>
      )}
      {target.why && (
        <p>
          {t('counting:why')}
          <span data-user-content>{target.why[language]}</span>
        </p>
      )}
      {target.note && (
        <p>
          {t('counting:note')}
          <span data-user-content>{target.note[language]}</span>
        </p>
      )}
      {target.readings && (
        <table className="counting-readings" data-testid={`readings-${target.id}`}>
          <caption>{t('counting:table.caption', { id: target.id })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('counting:table.reading')}</th>
              <th scope="col">{t('counting:table.actual')}</th>
              <th scope="col">{t('counting:table.status')}</th>
              {mayChoose && <td />}
            </tr>
          </thead>
          <tbody>
            {target.readings.map((reading) => (
              <tr key={reading.id} data-reading={reading.id} className={reading.inUse ? 'in-use' : undefined}>
                <th scope="row">
                  <span data-user-content>{reading.label[language]}</span>
                  {reading.inUse && t('counting:table.inUse')}
                  <span className="counting-why" data-user-content>
                    {reading.why[language]}
                  </span>
                </th>
                <td className="number">{formatValue(reading.actual, reading.unit, language, t)}</td>
                <td>
                  <StatusBadge status={reading.status} />
                </td>
                {mayChoose && (
                  <td>
                    {!reading.inUse && (
                      <button type="button" disabled={busy !== null} onClick={() => void choose(reading.id)}>
                        {busy === reading.id ? t('counting:using') : t('counting:use')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && (
        <p role="alert" className="counting-problem">
          {t('counting:failed', { message: problem })}
        </p>
      )}
    </details>
  );
}
