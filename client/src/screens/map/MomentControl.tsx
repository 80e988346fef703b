import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@shared/dates';
import type { MapMoment } from '../../map/carrierMarks';
import { REPLAY_FIRST_YEAR, REPLAY_LAST_YEAR } from '../../map/replay';

interface MomentControlProps {
  moment: MapMoment;
  /** Today's date as the server computed the carriers' current state. */
  asOf: IsoDate;
  onMoment(next: MapMoment): void;
}

/** Today's state, or a replay of the end of each year from 2015 to the end of the plan. */
export function MomentControl({ moment, asOf, onMoment }: MomentControlProps) {
  const { t } = useTranslation('map');
  const id = useId();
  const replaying = moment.kind === 'year';
  const year = moment.kind === 'year' ? moment.year : REPLAY_LAST_YEAR;

  return (
    <div className="map-moment" role="group" aria-label={t('moment.heading')}>
      <label className="map-toggle">
        <input
          type="checkbox"
          checked={replaying}
          onChange={(event) => onMoment(event.target.checked ? { kind: 'year', year } : { kind: 'today' })}
        />
        {t('moment.replay')}
      </label>
      <label className="map-visually-hidden" htmlFor={`${id}-year`}>
        {t('moment.slider')}
      </label>
      <input
        id={`${id}-year`}
        type="range"
        min={REPLAY_FIRST_YEAR}
        max={REPLAY_LAST_YEAR}
        step={1}
        value={year}
        list={`${id}-years`}
        data-testid="year-slider"
        onChange={(event) => onMoment({ kind: 'year', year: Number(event.target.value) })}
      />
      <datalist id={`${id}-years`}>
        {Array.from({ length: REPLAY_LAST_YEAR - REPLAY_FIRST_YEAR + 1 }, (_, index) => (
          <option key={index} value={REPLAY_FIRST_YEAR + index} />
        ))}
      </datalist>
      <output className="map-moment-value" htmlFor={`${id}-year`} data-testid="map-moment">
        {replaying ? t('moment.yearEnd', { year }) : t('moment.today', { date: asOf })}
      </output>
    </div>
  );
}
