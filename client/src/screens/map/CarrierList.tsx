import { useTranslation } from 'react-i18next';
import type { MapCarrierFeature } from '@shared/carriers/geojson';
import { currentLanguage } from '../../i18n';
import { formatArea, formatCount } from '../../i18n/format';
import type { CarrierMark } from '../../map/carrierMarks';

const LIST_LIMIT = 100;

interface CarrierListProps {
  marks: readonly CarrierMark[];
  onSelect(mark: CarrierMark): void;
}

/**
 * The drawn carriers as a list, largest first: a keyboard path to every carrier on the
 * canvas, which has no focusable elements of its own.
 */
export function CarrierList({ marks, onSelect }: CarrierListProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const largest = [...marks].sort((a, b) => b.openAreaM2 - a.openAreaM2 || a.name.localeCompare(b.name, 'zh-CN')).slice(0, LIST_LIMIT);
  if (marks.length === 0) return null;
  return (
    <section className="map-list" aria-labelledby="map-list-heading">
      <h2 id="map-list-heading">{t('list.heading')}</h2>
      <p className="map-hint">{t('list.hint')}</p>
      <ol>
        {largest.map((mark) => (
          <li key={mark.id}>
            <button type="button" className="link-button" onClick={() => onSelect(mark)}>
              <span className={`kind-dot kind-${mark.kind}`} aria-hidden="true" />
              {mark.name}
            </button>
            <span className="map-list-area">{formatArea(mark.openAreaM2, language)}</span>
          </li>
        ))}
      </ol>
      {marks.length > LIST_LIMIT && <p className="map-hint">{t('list.more', { formatted: formatCount(marks.length - LIST_LIMIT, language) })}</p>}
    </section>
  );
}

interface ApartListProps {
  carriers: readonly MapCarrierFeature[];
  onDetails(id: string): void;
}

/** Carriers without a location, or abroad: listed, so they never pull the map to Europe. */
export function ApartList({ carriers, onDetails }: ApartListProps) {
  const { t } = useTranslation('map');
  if (carriers.length === 0) return null;
  const reason = (carrier: MapCarrierFeature) =>
    carrier.properties.flags.includes('abroad') ? t('apart.abroad') : carrier.geometry ? t('apart.outsideFrame') : t('apart.noLocation');
  return (
    <section className="map-apart" aria-labelledby="map-apart-heading" data-testid="apart-list">
      <h2 id="map-apart-heading">{t('apart.heading')}</h2>
      <p className="map-hint">{t('apart.explain')}</p>
      <ul>
        {carriers.map((carrier) => (
          <li key={carrier.id}>
            <button type="button" className="link-button" onClick={() => onDetails(carrier.id)}>
              <span className={`kind-dot kind-${carrier.properties.kind}`} aria-hidden="true" />
              {carrier.properties.name}
            </button>
            <span className="map-tag">{reason(carrier)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
