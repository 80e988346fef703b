import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { YearState } from '@shared/planner';
import { CHART_COLORS, CHART_FONT_FAMILIES } from '../../../ui/charts/chartColors';
import { areaInDisplayUnit, areaUnit, formatArea, type UiLanguage } from '../../../i18n/format';

/** Bars and lines on one chart, values in the axis unit (万㎡ or m²), null where there is nothing to draw. */
export type AreaChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;
type AreaDataset = ChartDataset<'bar' | 'line', (number | null)[]>;

interface CommonInput {
  years: readonly number[];
  language: UiLanguage;
  /** Opens the drill-down of the year at this index. */
  onYearClick(index: number): void;
}

const toAxis = (values: readonly (number | null)[], language: UiLanguage) => values.map((value) => (value === null ? null : areaInDisplayUnit(value, language)));
const constant = (value: number, length: number) => Array.from({ length }, () => value);

/** Shared frame: the UI font, the area unit on the y axis, tooltips in 万㎡ / m², clicks on a year. */
function frame(input: CommonInput, datasets: AreaDataset[], m2Of: (datasetIndex: number, index: number) => number | null): AreaChartConfig {
  const { language } = input;
  const family = CHART_FONT_FAMILIES[language];
  return {
    type: 'bar',
    data: { labels: input.years.map(String), datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      font: { family },
      interaction: { mode: 'index', intersect: false },
      onClick: (_event, elements) => {
        const first = elements[0];
        if (first) input.onYearClick(first.index);
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      scales: {
        x: { grid: { display: false }, ticks: { color: CHART_COLORS.ink, font: { family } } },
        y: {
          beginAtZero: true,
          grid: { color: CHART_COLORS.grid },
          ticks: { color: CHART_COLORS.inkSoft, font: { family } },
          title: { display: true, text: areaUnit(language), color: CHART_COLORS.inkSoft, font: { family } },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 14, color: CHART_COLORS.ink, font: { family } } },
        tooltip: {
          titleFont: { family },
          bodyFont: { family },
          filter: (item: TooltipItem<'bar' | 'line'>) => m2Of(item.datasetIndex, item.dataIndex) !== null,
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => `${item.dataset.label ?? ''}: ${formatArea(m2Of(item.datasetIndex, item.dataIndex) ?? 0, language)}`,
          },
        },
      },
    },
  };
}

export interface YearlyBarsInput extends CommonInput {
  /** Area opened in each year, m² (null for years not started). */
  values: readonly (number | null)[];
  states: readonly YearState[];
  threshold: number;
  labels: { series: string; threshold: string };
}

/** Area opened per year as bars against the yearly threshold: missed years red, the current year pale (not over yet). */
export function yearlyBarsConfig(input: YearlyBarsInput): AreaChartConfig {
  const { values, states, threshold, language, years } = input;
  const colors = values.map((value, index) =>
    states[index] === 'current' ? CHART_COLORS.partial : value !== null && value < threshold ? CHART_COLORS.missed : CHART_COLORS.actualFill,
  );
  const datasets: AreaDataset[] = [
    { type: 'bar', label: input.labels.series, data: toAxis(values, language), backgroundColor: colors, borderRadius: 3, maxBarThickness: 56, pointStyle: 'rect', order: 2 },
    {
      type: 'line',
      label: input.labels.threshold,
      data: toAxis(constant(threshold, years.length), language),
      borderColor: CHART_COLORS.target,
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 0,
      pointStyle: 'line',
      fill: false,
      order: 1,
    },
  ];
  const m2 = [values, constant(threshold, years.length)];
  return frame(input, datasets, (dataset, index) => m2[dataset]?.[index] ?? null);
}

/** The few line options the cumulative chart sets (chart.js's own dataset type does not narrow in a mixed chart). */
interface LineStyle {
  borderColor: string;
  backgroundColor: string;
  order: number;
  borderWidth?: number;
  borderDash?: number[];
  pointRadius?: number;
  pointHitRadius?: number;
  pointStyle?: 'line' | 'circle' | 'rect';
  fill?: false | string;
}

export interface CumulativeInput extends CommonInput {
  /** What the data shows at each year's end (as-of for the current year), m²; null for years not started. */
  actual: readonly (number | null)[];
  /** The forecast at each year's end, m²; null before the forecast starts. */
  expected: readonly (number | null)[];
  optimistic: readonly (number | null)[];
  pessimistic: readonly (number | null)[];
  threshold: number;
  labels: { actual: string; expected: string; band: string; threshold: string };
}

/**
 * The running total against the period threshold, with the forecast: a band from the
 * pessimistic to the optimistic end (filled between two lines) and the expected line, dashed.
 */
export function cumulativeConfig(input: CumulativeInput): AreaChartConfig {
  const { language, years, threshold } = input;
  const hasForecast = input.expected.some((value, index) => value !== null && value !== input.actual[index]);
  const line = (label: string, values: readonly (number | null)[], style: LineStyle): AreaDataset => ({
    type: 'line',
    label,
    data: toAxis(values, language),
    spanGaps: false,
    tension: 0,
    ...style,
  });
  const datasets: AreaDataset[] = [
    line(input.labels.actual, input.actual, { borderColor: CHART_COLORS.actual, backgroundColor: CHART_COLORS.actual, borderWidth: 3, pointRadius: 4, order: 1 }),
    line(input.labels.threshold, constant(threshold, years.length), { borderColor: CHART_COLORS.target, backgroundColor: CHART_COLORS.target, borderDash: [6, 4], borderWidth: 2, pointRadius: 0, pointHitRadius: 0, pointStyle: 'line', order: 4 }),
  ];
  const m2: (readonly (number | null)[])[] = [input.actual, constant(threshold, years.length)];
  if (hasForecast) {
    datasets.push(
      line(input.labels.band, input.pessimistic, { borderColor: 'transparent', backgroundColor: CHART_COLORS.band, pointRadius: 0, pointStyle: 'rect', fill: false, order: 3 }),
      // Fills down to the pessimistic line just before it: the band.
      line(input.labels.band, input.optimistic, { borderColor: 'transparent', backgroundColor: CHART_COLORS.band, pointRadius: 0, pointStyle: 'rect', fill: '-1', order: 3 }),
      line(input.labels.expected, input.expected, { borderColor: CHART_COLORS.expected, backgroundColor: CHART_COLORS.expected, borderDash: [4, 3], borderWidth: 2, pointRadius: 0, pointHitRadius: 6, pointStyle: 'line', order: 2 }),
    );
    m2.push(input.pessimistic, input.optimistic, input.expected);
  }
  const config = frame(input, datasets, (dataset, index) => m2[dataset]?.[index] ?? null);
  // The band is two datasets; the legend names it once.
  config.options!.plugins!.legend!.labels!.filter = (item, data) => item.datasetIndex !== 2 || !data.datasets[3];
  config.type = 'line';
  return config;
}
