import L from 'leaflet';
import { CARRIER_KINDS } from '@shared/carriers/vocabulary';
import type { CarrierMark } from './carrierMarks';
import { CarrierClusters, type ClusterSums, type Drawable } from './clusterIndex';
import { clusterRadiusFor, DEFAULT_KIND_COLORS, paintFor, radiusFor, type KindColors } from './carrierStyle';

/** Extra canvas around the view, as a share of its size, so a short pan shows no blank edge. */
const PADDING = 0.3;
/** Clicks this close to a circle's edge still hit it: small circles are hard to click. */
const HIT_SLOP_PX = 3;

export interface CarrierLayerHandlers {
  onCarrierClick(mark: CarrierMark): void;
}

export interface CarrierCanvasOptions {
  colors?: KindColors;
  /** Two lines for a cluster bubble: summed area and carrier count. */
  clusterLabel?: (sums: ClusterSums, count: number) => [string, string];
  cluster?: boolean;
  /** The Leaflet pane to draw in; a pane above the outlines keeps carriers on top. */
  pane?: string;
}

interface Placed {
  x: number;
  y: number;
  radius: number;
  drawable: Drawable;
  /** A cluster's two lines (area, count), formatted once per redraw: they also size it. */
  label?: [string, string];
}

function drawOrder(item: Placed): number {
  return item.drawable.type === 'cluster' ? 1 : 0;
}

/**
 * Draws every carrier on one canvas (circles and cluster bubbles) instead of one Leaflet
 * path per carrier: at 20,000 carriers a path each costs seconds, one canvas milliseconds.
 * Positions the canvas like Leaflet's own renderers do, so panning and zoom animations
 * stay in step with the outlines beneath.
 */
export class CarrierCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private marks: readonly CarrierMark[] = [];
  private clusters: CarrierClusters | null = null;
  private placed: Placed[] = [];
  private drawnAt: { center: L.LatLng; zoom: number } | null = null;
  private hovering = false;
  private colors: KindColors;
  private clusterLabel: NonNullable<CarrierCanvasOptions['clusterLabel']>;
  private clustering: boolean;

  constructor(
    private readonly handlers: CarrierLayerHandlers,
    layerOptions: CarrierCanvasOptions = {},
  ) {
    super();
    // L.Layer has no initialize(), so options given to super() would be dropped.
    L.Util.setOptions(this, { pane: layerOptions.pane ?? 'overlayPane' });
    this.colors = layerOptions.colors ?? DEFAULT_KIND_COLORS;
    this.clusterLabel = layerOptions.clusterLabel ?? ((sums, count) => [String(Math.round(sums.areaM2)), String(count)]);
    this.clustering = layerOptions.cluster ?? true;
  }

  /** Changes what is drawn and redraws once; the cluster index is rebuilt only for new marks. */
  update(changes: { marks?: readonly CarrierMark[]; cluster?: boolean; clusterLabel?: CarrierCanvasOptions['clusterLabel']; colors?: KindColors }): this {
    if (changes.marks && changes.marks !== this.marks) {
      this.marks = changes.marks;
      this.clusters = null;
    }
    if (changes.cluster !== undefined) this.clustering = changes.cluster;
    if (changes.clusterLabel) this.clusterLabel = changes.clusterLabel;
    if (changes.colors) this.colors = changes.colors;
    this.redraw();
    return this;
  }

  /** How many things are on the canvas now (clusters count once), for tests and the bench. */
  get drawnShapes(): number {
    return this.placed.length;
  }

  override onAdd(_map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'carrier-canvas leaflet-zoom-animated');
    canvas.setAttribute('aria-hidden', 'true');
    this.canvas = canvas;
    this.getPane()!.appendChild(canvas);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.canvas?.remove();
    this.canvas = null;
    this.placed = [];
    map.getContainer().style.cursor = '';
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      viewreset: () => this.redraw(),
      moveend: () => this.redraw(),
      resize: () => this.redraw(),
      zoomanim: (event) => this.animateZoom(event as L.ZoomAnimEvent),
      click: (event) => this.handleClick(event as L.LeafletMouseEvent),
      mousemove: (event) => this.handleHover(event as L.LeafletMouseEvent),
    };
  }

  /** Draws now; cheap enough to call on every move end, as Leaflet's renderers do. */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const padding = size.multiplyBy(PADDING);
    const topLeft = map.containerPointToLayerPoint(padding.multiplyBy(-1)).round();
    const width = size.x + 2 * padding.x;
    const height = size.y + 2 * padding.y;
    const ratio = window.devicePixelRatio || 1;

    L.DomUtil.setPosition(canvas, topLeft);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    this.drawnAt = { center: map.getCenter(), zoom: map.getZoom() };

    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);

    const northWest = map.layerPointToLatLng(topLeft);
    const southEast = map.layerPointToLatLng(topLeft.add([width, height]));
    const bbox: [number, number, number, number] = [
      Math.max(-180, northWest.lng),
      Math.max(-85, southEast.lat),
      Math.min(180, southEast.lng),
      Math.min(85, northWest.lat),
    ];
    this.placed = this.drawablesIn(bbox, map.getZoom()).map((drawable) => {
      const point = map.latLngToLayerPoint([drawable.lat, drawable.lng]).subtract(topLeft);
      if (drawable.type === 'carrier') return { x: point.x, y: point.y, radius: radiusFor(drawable.mark.sizeAreaM2), drawable };
      const label = this.clusterLabel(drawable.sums, drawable.count);
      return { x: point.x, y: point.y, radius: clusterRadius(context, drawable.sums.areaM2, label[0]), drawable, label };
    });
    // Painter's order, which hit-testing walks backwards: large carriers, small carriers, then
    // clusters so their labels stay readable.
    this.placed.sort((a, b) => drawOrder(a) - drawOrder(b) || b.radius - a.radius);
    for (const item of this.placed) {
      if (item.drawable.type === 'carrier') this.drawCarrier(context, item, item.drawable.mark);
      else this.drawCluster(context, item, item.drawable);
    }
  }

  private drawablesIn(bbox: [number, number, number, number], zoom: number): Drawable[] {
    if (this.clustering) {
      this.clusters ??= new CarrierClusters(this.marks);
      return this.clusters.drawablesIn(bbox, zoom);
    }
    const [west, south, east, north] = bbox;
    const drawables: Drawable[] = [];
    for (const mark of this.marks) {
      if (mark.lng >= west && mark.lng <= east && mark.lat >= south && mark.lat <= north) {
        drawables.push({ type: 'carrier', lng: mark.lng, lat: mark.lat, mark });
      }
    }
    return drawables;
  }

  private drawCarrier(context: CanvasRenderingContext2D, item: Placed, mark: CarrierMark): void {
    const paint = paintFor(mark.kind, mark.look, mark.tier, this.colors);
    context.beginPath();
    context.arc(item.x, item.y, item.radius + paint.ring.width / 2, 0, Math.PI * 2);
    context.lineWidth = paint.ring.width;
    context.strokeStyle = paint.ring.color;
    context.stroke();
    context.beginPath();
    context.arc(item.x, item.y, item.radius, 0, Math.PI * 2);
    if (paint.fill) {
      context.fillStyle = paint.fill;
      context.globalAlpha = mark.look === 'open' ? 0.88 : 1;
      context.fill();
      context.globalAlpha = 1;
    }
    if (paint.strokeWidth > 0) {
      context.lineWidth = paint.strokeWidth;
      context.strokeStyle = paint.stroke;
      context.stroke();
    }
  }

  /** A white bubble with a ring split by kind (share of area) and two lines of text. */
  private drawCluster(context: CanvasRenderingContext2D, item: Placed, cluster: Extract<Drawable, { type: 'cluster' }>): void {
    const { x, y, radius } = item;
    context.beginPath();
    context.arc(x, y, radius, 0, Math.PI * 2);
    context.fillStyle = 'rgba(255,255,255,0.94)';
    context.fill();

    const total = cluster.sums.areaM2;
    let start = -Math.PI / 2;
    context.lineWidth = 5;
    if (total <= 0) {
      context.beginPath();
      context.arc(x, y, radius - 2.5, 0, Math.PI * 2);
      context.strokeStyle = '#9aa5b1';
      context.stroke();
    }
    for (const kind of CARRIER_KINDS) {
      const share = total > 0 ? cluster.sums[kind] / total : 0;
      if (share <= 0) continue;
      const end = start + share * Math.PI * 2;
      context.beginPath();
      context.arc(x, y, radius - 2.5, start, end);
      context.strokeStyle = this.colors[kind];
      context.stroke();
      start = end;
    }

    const [area, count] = item.label ?? this.clusterLabel(cluster.sums, cluster.count);
    context.fillStyle = '#1d2733';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    const byArea = clusterRadiusFor(total);
    context.font = clusterLabelFont(byArea);
    context.fillText(area, x, y - 6, radius * 2 - 8);
    context.font = `${byArea > 24 ? 11 : 10}px ${LABEL_FAMILY}`;
    context.fillStyle = '#5a6777';
    context.fillText(count, x, y + 8, radius * 2 - 8);
  }

  /** Scales the last drawing during a zoom animation, as L.Renderer does. */
  private animateZoom(event: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    if (!map || !this.canvas || !this.drawnAt) return;
    const scale = map.getZoomScale(event.zoom, this.drawnAt.zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + PADDING);
    const centerPoint = map.project(this.drawnAt.center, event.zoom);
    const mapPanePosition = L.DomUtil.getPosition(map.getPane('mapPane')!) ?? L.point(0, 0);
    const newPixelOrigin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(mapPanePosition).round();
    const offset = viewHalf.multiplyBy(-scale).add(centerPoint).subtract(newPixelOrigin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  /** The topmost thing under a point of the map container, if any. */
  private hitAt(containerPoint: L.Point): Placed | null {
    const map = this._map as L.Map | undefined;
    if (!map || !this.canvas) return null;
    const canvasOrigin = L.DomUtil.getPosition(this.canvas);
    const point = map.containerPointToLayerPoint(containerPoint).subtract(canvasOrigin);
    for (let index = this.placed.length - 1; index >= 0; index--) {
      const item = this.placed[index]!;
      const reach = item.radius + HIT_SLOP_PX;
      const dx = item.x - point.x;
      const dy = item.y - point.y;
      if (dx * dx + dy * dy <= reach * reach) return item;
    }
    return null;
  }

  private handleClick(event: L.LeafletMouseEvent): void {
    const hit = this.hitAt(event.containerPoint);
    if (!hit) return;
    const map = this._map as L.Map;
    if (hit.drawable.type === 'cluster') {
      const zoom = Math.min(this.clusters?.expansionZoom(hit.drawable.clusterId) ?? map.getZoom() + 2, map.getMaxZoom());
      map.setView([hit.drawable.lat, hit.drawable.lng], zoom);
      return;
    }
    this.handlers.onCarrierClick(hit.drawable.mark);
  }

  private handleHover(event: L.LeafletMouseEvent): void {
    const hovering = this.hitAt(event.containerPoint) !== null;
    if (hovering === this.hovering) return;
    this.hovering = hovering;
    (this._map as L.Map).getContainer().style.cursor = hovering ? 'pointer' : '';
  }
}

const LABEL_FAMILY = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Sized by area, but never narrower than its area label ("4.18万㎡" needs ~48 px). */
function clusterRadius(context: CanvasRenderingContext2D, areaM2: number, areaLabel: string): number {
  const byArea = clusterRadiusFor(areaM2);
  context.font = clusterLabelFont(byArea);
  return Math.max(byArea, context.measureText(areaLabel).width / 2 + 7);
}

/** The font of a cluster's area line: a size step up on bubbles large by area. */
function clusterLabelFont(radiusByArea: number): string {
  return `600 ${radiusByArea > 24 ? 12 : 11}px ${LABEL_FAMILY}`;
}
