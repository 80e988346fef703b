import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIER_KINDS, TIERS } from '@shared/carriers/vocabulary';
import { currentLanguage } from '../i18n';
import { formatArea } from '../i18n/format';
import { CLOSED_COLOR, clusterRadiusFor, radiusFor, TIER_RINGS } from './carrierStyle';
import { NO_DATA_COLOR, type ChoroplethClass } from './choropleth';
import { formatAreaCompact } from './formatCompact';

interface LegendProps {
  choropleth: readonly ChoroplethClass[];
  /** Hollow and closed circles only appear in today's view. */
  showStates: boolean;
  showClusters: boolean;
}

const SIZE_SAMPLES_M2 = [2_000, 30_000, 300_000];

function Swatch({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg className="legend-swatch" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
      {children}
    </svg>
  );
}

function LegendGroup({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <div className="legend-group">
      <h3>{title}</h3>
      <ul className={className}>{children}</ul>
    </div>
  );
}

/** What every colour, size and ring on the map means; printed with the map. */
export function Legend({ choropleth, showStates, showClusters }: LegendProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const largest = radiusFor(SIZE_SAMPLES_M2.at(-1)!) * 2 + 4;
  const bubble = clusterRadiusFor(120_000);

  return (
    <section className="map-legend" aria-labelledby="map-legend-heading" data-testid="map-legend">
      <h2 id="map-legend-heading">{t('legend.heading')}</h2>

      <LegendGroup title={t('legend.kinds')}>
        {CARRIER_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch>
              <circle r={6} style={{ fill: `var(--kind-${kind})` }} />
            </Swatch>
            {t(`common:kind.${kind}`)}
          </li>
        ))}
      </LegendGroup>

      {showStates && (
        <LegendGroup title={t('legend.looks')}>
          <li>
            <Swatch>
              <circle r={6} style={{ fill: 'var(--kind-incubator)' }} />
            </Swatch>
            {t('legend.open')}
          </li>
          <li>
            <Swatch>
              <circle r={5.5} fill="#fff" strokeWidth={2} style={{ stroke: 'var(--kind-incubator)' }} />
            </Swatch>
            {t('legend.pipeline')}
          </li>
          <li>
            <Swatch>
              <circle r={5.5} fill="#fff" stroke={CLOSED_COLOR} strokeWidth={1.5} />
            </Swatch>
            {t('legend.closed')}
          </li>
        </LegendGroup>
      )}

      <LegendGroup title={t('legend.size')} className="legend-sizes">
        {SIZE_SAMPLES_M2.map((area) => (
          <li key={area}>
            <Swatch size={largest}>
              <circle r={radiusFor(area)} fill="#c5cdd6" stroke="#7d8a99" />
            </Swatch>
            {formatArea(area, language)}
          </li>
        ))}
      </LegendGroup>

      <LegendGroup title={t('legend.tiers')}>
        {TIERS.map((tier) => (
          <li key={tier}>
            <Swatch size={18}>
              <circle r={5} style={{ fill: 'var(--kind-incubator)' }} />
              <circle r={5 + TIER_RINGS[tier].width / 2} fill="none" stroke={TIER_RINGS[tier].color} strokeWidth={TIER_RINGS[tier].width} />
            </Swatch>
            {t(`common:tier.${tier}`)}
          </li>
        ))}
      </LegendGroup>

      {showClusters && (
        <LegendGroup title={t('legend.cluster')}>
          <li>
            <Swatch size={bubble * 2 + 2}>
              <circle r={bubble} fill="#fff" />
              <circle r={bubble - 2.5} fill="none" strokeWidth={5} style={{ stroke: 'var(--kind-incubator)' }} />
              <text className="legend-bubble-area" y={-3} textAnchor="middle">
                {formatAreaCompact(120_000, language)}
              </text>
              <text className="legend-bubble-count" y={9} textAnchor="middle">
                {t('cluster.count', { formatted: 8 })}
              </text>
            </Swatch>
          </li>
        </LegendGroup>
      )}

      <LegendGroup title={t('legend.choropleth')}>
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
      </LegendGroup>
    </section>
  );
}
