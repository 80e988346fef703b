import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { CarrierMark } from './carrierMarks';
import { CarrierCanvasLayer, type CarrierCanvasOptions } from './carrierCanvasLayer';
import { readKindColors } from './carrierStyle';
import { ensurePane, MAP_PANES } from './panes';

interface CarrierLayerProps {
  marks: readonly CarrierMark[];
  cluster: boolean;
  clusterLabel: NonNullable<CarrierCanvasOptions['clusterLabel']>;
  onCarrierClick(mark: CarrierMark): void;
}

/** Every carrier on one canvas, clustered with summed areas; see CarrierCanvasLayer. */
export function CarrierLayer({ marks, cluster, clusterLabel, onCarrierClick }: CarrierLayerProps) {
  const map = useMap();
  const onClickRef = useRef(onCarrierClick);
  useLayoutEffect(() => {
    onClickRef.current = onCarrierClick;
  });
  const [layer] = useState(
    () =>
      new CarrierCanvasLayer(
        { onCarrierClick: (mark) => onClickRef.current(mark) },
        { pane: MAP_PANES.carriers, colors: readKindColors(), cluster, clusterLabel },
      ),
  );

  useEffect(() => {
    ensurePane(map, MAP_PANES.carriers);
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer]);

  useEffect(() => {
    layer.update({ marks, cluster, clusterLabel });
  }, [layer, marks, cluster, clusterLabel]);

  return null;
}
