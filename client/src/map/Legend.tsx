import { useTranslation } from 'react-i18next';
import { CARRIER_KINDS, TIERS } from '@shared/carriers/vocabulary';
import { currentLanguage } from '../i18n';
import { formatArea } from '../i18n/format';
import { CLOSED_COLOR, clusterRadiusFor, radiusFor, TIER_RINGS } from './carrierStyle';
import { NO_DATA_COLOR, type ChoroplethClass } from './choropleth';

interface LegendProps {
  choropleth: readonly ChoroplethClass[];
  /** Hollow and closed circles only appear in today's view. */
  showStates: boolean;
  showClusters: boolean;
}

const SIZE_SAMPLES_M2 = [2_000, 30_000, 300_000];

function Swatch({ children, size = 22 }: { children: React.ReactNode; size?: number }) {
  return (
    <svg className="legend-swatch" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
      {children}
    </svg>
  );
}

/** What every colour, size and ring on the map means; also printed with the map. */
export function Legend({ choropleth, showStates, showClusters }: LegendProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const largest = radiusFor(SIZE_SAMPLES_M2.at(-1)!) * 2 + 4;

  return (
    <section className="map-legend" aria-labelledby="map-legend-heading" data-testid="map-legend">
      <h2 id="map-legend-heading">{t('legend.heading')}</h2>

      <h3>{t('legend.kinds')}</h3>
      <ul>
        {CARRIER_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch size={16}>
              <circle r={6} style={{ fill: `var(--kind-${kind})` }} />
            </Swatch>
            {t(`common:kind.${kind}`)}
          </li>
        ))}
      </ul>

      {showStates && (
        <>
          <h3>{t('legend.looks')}</h3>
          <ul>
            <li>
              <Swatch size={16}>
                <circle r={6} style={{ fill: 'var(--kind-incubator)' }} />
              </Swatch>
              {t('legend.open')}
            </li>
            <li>
              <Swatch size={16}>
                <circle r={5.5} fill="#fff" strokeWidth={2} style={{ stroke: 'var(--kind-incubator)' }} />
              </Swatch>
              {t('legend.pipeline')}
            </li>
            <li>
              <Swatch size={16}>
                <circle r={5.5} fill="#fff" stroke={CLOSED_COLOR} strokeWidth={1.5} />
              </Swatch>
              {t('legend.closed')}
            </li>
          </ul>
        </>
      )}

      <h3>{t('legend.size')}</h3>
      <ul className="legend-sizes">
        {SIZE_SAMPLES_M2.map((area) => (
          <li key={area}>
            <Swatch size={largest}>
              <circle r={radiusFor(area)} fill="#c5cdd6" stroke="#7d8a99" />
            </Swatch>
            {formatArea(area, language)}
          </li>
        ))}
      </ul>

      <h3>{t('legend.tiers')}</h3>
      <ul>
        {TIERS.map((tier) => (
          <li key={tier}>
            <Swatch size={20}>
              <circle r={5} style={{ fill: 'var(--kind-incubator)' }} />
              <circle r={5 + TIER_RINGS[tier].width / 2} fill="none" stroke={TIER_RINGS[tier].color} strokeWidth={TIER_RINGS[tier].width} />
            </Swatch>
            {t(`common:tier.${tier}`)}
          </li>
        ))}
      </ul>

      {showClusters && (
        <>
          <h3>{t('legend.cluster')}</h3>
          <ul>
            <li>
              <Swatch size={clusterRadiusFor(0) * 2 + 2}>
                <circle r={clusterRadiusFor(0) - 2.5} fill="#fff" strokeWidth={5} style={{ stroke: 'var(--kind-incubator)' }} />
              </Swatch>
            </li>
          </ul>
        </>
      )}

      <h3>{t('legend.choropleth')}</h3>
      <ul>
        {choropleth.map((entry) => (
          <li key={entry.from}>
            <span className="legend-box" style={{ background: entry.color }} aria-hidden="true" />
            {t('legend.range', { from: formatArea(entry.from, language), to: formatArea(entry.to, language) })}
          </li>
        ))}
        <li>
          <span className="legend-box legend-no-data" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
          {t('legend.noData')}
        </li>
      </ul>
    </section>
  );
}
