import type { CarrierKind, Tier } from '@shared/carriers/vocabulary';
import type { CarrierLook } from './carrierMarks';

export type KindColors = Record<CarrierKind, string>;

/** The kind colours of styles.css, used when the page has not defined them (tests, bench). */
export const DEFAULT_KIND_COLORS: KindColors = { makerspace: '#2e9d5b', incubator: '#1f6fd1', accelerator: '#d9732b' };

/** Reads the kind colours from the page's CSS variables so the map matches the rest of the UI. */
export function readKindColors(element: Element = document.documentElement): KindColors {
  const style = getComputedStyle(element);
  const read = (kind: CarrierKind) => style.getPropertyValue(`--kind-${kind}`).trim() || DEFAULT_KIND_COLORS[kind];
  return { makerspace: read('makerspace'), incubator: read('incubator'), accelerator: read('accelerator') };
}

export interface Ring {
  color: string;
  width: number;
}

/** Higher tiers get wider, stronger rings: national red, provincial gold, then greys. */
export const TIER_RINGS: Record<Tier, Ring> = {
  national: { color: '#c8102e', width: 3 },
  provincial: { color: '#c99a06', width: 2.5 },
  prefecture: { color: '#1d2733', width: 1.5 },
  county: { color: '#7d8a99', width: 1 },
};

/** Unrecognised carriers keep a thin white edge so overlapping circles stay apart. */
export const NO_TIER_RING: Ring = { color: '#ffffff', width: 1 };

export const CLOSED_COLOR = '#9aa5b1';

export function ringFor(tier: Tier | null): Ring {
  return tier ? TIER_RINGS[tier] : NO_TIER_RING;
}

const MIN_RADIUS = 3;
const MAX_RADIUS = 24;

/**
 * Circle radius in pixels: the circle's area grows with the carrier's area (radius with its
 * square root), so a 320,000 ㎡ park reads 18 px and a 1,000 ㎡ makerspace 4 px.
 */
export function radiusFor(areaM2: number): number {
  return Math.min(MAX_RADIUS, MIN_RADIUS + Math.sqrt(Math.max(0, areaM2)) / 38);
}

/**
 * Clusters are sized by summed open area too, but start large enough for their two lines of
 * text and grow slowly, so that neighbouring bubbles rarely cover each other.
 */
export function clusterRadiusFor(areaM2: number): number {
  return Math.min(32, 18 + Math.sqrt(Math.max(0, areaM2)) / 80);
}

export interface CarrierPaint {
  fill: string | null;
  stroke: string;
  strokeWidth: number;
  /** The tier ring drawn outside the circle, if any. */
  ring: Ring;
}

/** How a carrier's circle is painted: kind colour, hollow when not open, grey when closed. */
export function paintFor(kind: CarrierKind, look: CarrierLook, tier: Tier | null, colors: KindColors): CarrierPaint {
  const ring = ringFor(tier);
  if (look === 'open') return { fill: colors[kind], stroke: colors[kind], strokeWidth: 0, ring };
  if (look === 'pipeline') return { fill: 'rgba(255,255,255,0.85)', stroke: colors[kind], strokeWidth: 2, ring };
  return { fill: 'rgba(255,255,255,0.6)', stroke: CLOSED_COLOR, strokeWidth: 1.5, ring };
}
