import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapCarrierCollection } from '@shared/carriers/geojson';
import { yearOf } from '@shared/dates';
import { findRegion } from '@shared/regions';
import { useSession } from '../../app/session';
import { currentLanguage } from '../../i18n';
import { formatArea, formatCount } from '../../i18n/format';
import { BaseMap } from '../../map/BaseMap';
import { BoundaryLayer, type UnitLabel } from '../../map/BoundaryLayer';
import { CarrierLayer } from '../../map/CarrierLayer';
import { DistrictLayer } from '../../map/DistrictLayer';
import { carrierMatcher, hasActiveFilters, NO_FILTERS } from '../../map/carrierFilter';
import { buildCarrierView, type CarrierMark } from '../../map/carrierMarks';
import { choroplethScale } from '../../map/choropleth';
import type { ClusterSums } from '../../map/clusterIndex';
import { formatAreaCompact } from '../../map/formatCompact';
import { Legend } from '../../map/Legend';
import { boundsAround, MAP_FRAME, regionBounds } from '../../map/outlines';
import { FitToRegion, FitToSearch, FocusOn, PrintLayout } from '../../map/viewControllers';
import { ApartList, CarrierList } from './CarrierList';
import { CarrierPopup } from './CarrierPopup';
import { describeFilters } from './describeFilters';
import { DetailPanel } from './DetailPanel';
import { FilterPanel } from './FilterPanel';
import { MapSummary } from './MapSummary';
import { MomentControl } from './MomentControl';
import { useMapParams } from './useMapParams';

interface Selection {
  mark: CarrierMark;
  /** Bumped on every choice, so choosing the same carrier again reopens its popup. */
  seq: number;
  /** Chosen from the list rather than on the map: bring it into view. */
  focus: boolean;
}

/** The map screen once carriers are loaded: filters, year, map, legend, lists and details. */
export function CarrierMap({ collection }: { collection: MapCarrierCollection }) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const [params, setParams] = useMapParams();
  const tileUrl = useSession().session.tileUrl ?? null;
  const [selection, setSelection] = useState<Selection | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const seq = useRef(0);

  // Typing a name or dragging the slider stays responsive while 20,000 carriers refilter.
  const filters = useDeferredValue(params.filters);
  const moment = useDeferredValue(params.moment);

  const currentYear = yearOf(collection.asOf);
  const filtered = useMemo(() => {
    const matches = carrierMatcher(filters, currentYear);
    return collection.features.filter((feature) => matches(feature.properties));
  }, [collection, filters, currentYear]);
  const view = useMemo(() => buildCarrierView(filtered, moment, MAP_FRAME), [filtered, moment]);
  // Open on the region a bookmarked URL names, else where the carriers are (Taicang and
  // Kunshan today) rather than on the empty west of Suzhou.
  const [initialRegion] = useState(params.filters.region);
  const initialBounds = useMemo(
    () => (initialRegion ? regionBounds(initialRegion) : boundsAround(buildCarrierView(collection.features, { kind: 'today' }, MAP_FRAME).marks)),
    [collection, initialRegion],
  );
  const regionsWithData = useMemo(() => new Set(collection.features.map((feature) => feature.properties.region)), [collection]);

  const areaByRegion = useCallback((regionId: string) => (regionsWithData.has(regionId) ? (view.openAreaByRegion.get(regionId) ?? 0) : undefined), [regionsWithData, view]);
  const scale = useMemo(() => choroplethScale([...regionsWithData].map((regionId) => view.openAreaByRegion.get(regionId) ?? 0)), [regionsWithData, view]);

  const unitLabel = useCallback(
    (regionId: string): UnitLabel => {
      const area = areaByRegion(regionId);
      return {
        name: findRegion(regionId)?.name[language] ?? regionId,
        detail: area === undefined ? t('unit.noData') : formatArea(area, language),
      };
    },
    [areaByRegion, language, t],
  );
  const boundaryVersion = `${language}|${scale.classes.map((entry) => entry.to).join(',')}|${[...view.openAreaByRegion].join(';')}`;

  const clusterLabel = useCallback(
    (sums: ClusterSums, count: number): [string, string] => [
      formatAreaCompact(sums.areaM2, language),
      t('cluster.count', { formatted: formatCount(count, language) }),
    ],
    [language, t],
  );

  const select = useCallback((mark: CarrierMark, focus: boolean) => {
    seq.current += 1;
    setSelection({ mark, seq: seq.current, focus });
  }, []);
  const selectOnMap = useCallback((mark: CarrierMark) => select(mark, false), [select]);
  // Only the popup of the current selection may clear it: a replaced popup closes too.
  const closePopup = useCallback((closedSeq: number) => setSelection((current) => (current?.seq === closedSeq ? null : current)), []);
  // A selection filtered away closes with it.
  const selected = selection && view.marks.some((mark) => mark.id === selection.mark.id) ? selection : null;

  const noCarriers = collection.features.length === 0;

  return (
    <div className="carrier-map">
      <header className="map-toolbar">
        <h1>{t('title')}</h1>
        <MomentControl moment={params.moment} asOf={collection.asOf} onMoment={(next) => setParams({ moment: next })} />
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('print.button')}
        </button>
      </header>
      <p className="map-print-filters print-only">
        {t('print.filters')}
        {hasActiveFilters(params.filters) ? describeFilters(params.filters, t, language) : t('print.noFilters')}
      </p>

      <div className={`map-body${detailId ? ' with-detail' : ''}`}>
        <aside className="map-sidebar">
          <FilterPanel
            filters={params.filters}
            cluster={params.cluster}
            onFilters={(next) => setParams({ filters: next })}
            onCluster={(next) => setParams({ cluster: next })}
          />
          <MapSummary view={view} moment={moment} />
          <p className="map-hint no-print">{t('summary.followsFilters')}</p>
          <ApartList carriers={view.apart} onDetails={setDetailId} />
          <div className="no-print">
            <CarrierList marks={view.marks} onSelect={(mark) => select(mark, true)} />
          </div>
        </aside>

        <div className="map-frame" ref={frameRef}>
          <BaseMap label={t('mapLabel')} attribution={t('attribution')} bounds={initialBounds} tileUrl={tileUrl}>
            <BoundaryLayer
              fillFor={(regionId) => scale.colorFor(areaByRegion(regionId))}
              labelFor={unitLabel}
              version={boundaryVersion}
              translucent={tileUrl !== null}
            />
            <DistrictLayer language={language} />
            <CarrierLayer marks={view.marks} cluster={params.cluster} clusterLabel={clusterLabel} onCarrierClick={selectOnMap} />
            <FitToRegion regionId={params.filters.region} />
            <FitToSearch query={filters.q} marks={view.marks} />
            <FocusOn mark={selected?.focus ? selected.mark : null} seq={selected?.seq ?? 0} />
            <PrintLayout frame={frameRef} />
            {selected && <CarrierPopup key={selected.seq} mark={selected.mark} onClose={() => closePopup(selected.seq)} onDetails={setDetailId} />}
          </BaseMap>
          {(noCarriers || view.shown.length === 0) && (
            <div className="map-overlay-message" role="status">
              <p>{noCarriers ? t('states.noCarriers') : t('states.noMatch')}</p>
              {!noCarriers && (
                <button type="button" onClick={() => setParams({ filters: NO_FILTERS })}>
                  {t('filters.reset')}
                </button>
              )}
            </div>
          )}
          <Legend choropleth={scale.classes} showStates={moment.kind === 'today'} showClusters={params.cluster} />
        </div>

        {detailId && <DetailPanel carrierId={detailId} onClose={() => setDetailId(null)} />}
      </div>
    </div>
  );
}
