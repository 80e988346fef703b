import { useTranslation } from 'react-i18next';
import type { MapCarrierCollection } from '@shared/carriers/geojson';
import { api } from '../../api/client';
import { ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import { CarrierMap } from './CarrierMap';
import './map-screen.css';

/**
 * 载体地图: every carrier on an offline map of Suzhou. Loads all carriers once; filters and
 * the year replay then run in the browser, with the API's own rules.
 */
export default function MapScreen() {
  const { t } = useTranslation('map');
  const carriers = useApi((signal) => api<MapCarrierCollection>('/api/carriers.geojson', { signal }), []);

  return (
    <section className="screen map-screen">
      {carriers.error ? (
        <>
          <h1>{t('title')}</h1>
          <ErrorView error={carriers.error} onRetry={carriers.reload} />
        </>
      ) : !carriers.data ? (
        <>
          <h1>{t('title')}</h1>
          <Loading />
        </>
      ) : (
        <CarrierMap collection={carriers.data} />
      )}
    </section>
  );
}
