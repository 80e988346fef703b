/** Light purples: they stay behind the green, blue and orange carriers and print legibly. */
export const CHOROPLETH_COLORS = ['#f6f3fa', '#e7dff1', '#d5c8e7', '#c0aedb', '#a993cd'] as const;
/** Units without any carrier in the registry (outside Taicang and Kunshan today). */
export const NO_DATA_COLOR = '#eceff2';

export interface ChoroplethClass {
  /** Lower bound, inclusive, ㎡. */
  from: number;
  /** Upper bound, exclusive, ㎡. */
  to: number;
  color: string;
}

export interface ChoroplethScale {
  classes: ChoroplethClass[];
  colorFor(areaM2: number | undefined): string;
}

/** Classes narrower than 1 万㎡ would only show noise. */
const MIN_STEP_M2 = 10_000;

/** 1, 2, 2.5, 5 × 10ⁿ: steps a reader can add up in 万㎡. */
function niceStep(raw: number): number {
  if (raw <= 0) return MIN_STEP_M2;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= raw)!;
  return step * magnitude;
}

/**
 * Equal classes with round bounds from 0 up to the largest value, at most five. Equal steps
 * rather than quantiles: with two counties holding data, quantiles would say nothing.
 * `undefined` means the unit has no data at all and gets the no-data grey.
 */
export function choroplethScale(values: readonly number[]): ChoroplethScale {
  const max = Math.max(0, ...values);
  const step = Math.max(MIN_STEP_M2, niceStep(max / CHOROPLETH_COLORS.length));
  const count = Math.min(CHOROPLETH_COLORS.length, Math.max(1, Math.ceil((max + 1) / step)));
  // With fewer classes than colours, spread them over the ramp so the top class stays dark.
  const last = CHOROPLETH_COLORS.length - 1;
  const classes = Array.from({ length: count }, (_, index) => ({
    from: index * step,
    to: (index + 1) * step,
    color: CHOROPLETH_COLORS[count === 1 ? 0 : Math.round((index * last) / (count - 1))]!,
  }));
  return {
    classes,
    colorFor(areaM2) {
      if (areaM2 === undefined) return NO_DATA_COLOR;
      const index = Math.min(count - 1, Math.floor(areaM2 / step));
      return classes[index]!.color;
    },
  };
}
