import { useTranslation } from 'react-i18next';
import { Popup } from 'react-leaflet';
import { currentLanguage } from '../../i18n';
import { formatArea } from '../../i18n/format';
import type { CarrierMark } from '../../map/carrierMarks';

interface CarrierPopupProps {
  mark: CarrierMark;
  onClose(): void;
  onDetails(id: string): void;
}

/** The popup of a clicked carrier: name, kind and tier, area, and the way to its details. */
export function CarrierPopup({ mark, onClose, onDetails }: CarrierPopupProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  return (
    <Popup position={[mark.lat, mark.lng]} eventHandlers={{ remove: onClose }} className="carrier-popup" maxWidth={280}>
      <div data-testid="carrier-popup">
        <h3 className="carrier-popup-name">{mark.name}</h3>
        <p className="carrier-popup-meta">
          <span className={`kind-dot kind-${mark.kind}`} aria-hidden="true" />
          {t(`common:kind.${mark.kind}`)} · {t(`common:tier.${mark.tier ?? 'none'}`)}
        </p>
        <p>
          {mark.look === 'pipeline'
            ? t('popup.pipelineArea', { area: formatArea(mark.sizeAreaM2, language) })
            : t('popup.openArea', { area: formatArea(mark.openAreaM2, language) })}
        </p>
        <button type="button" className="primary" onClick={() => onDetails(mark.id)}>
          {t('popup.details')}
        </button>
      </div>
    </Popup>
  );
}
