/**
 * Colours of the charts, kept in step with styles.css (canvas cannot read CSS variables
 * cheaply on every update): brand blue for what happened, grey for what is forecast, red
 * for the target line.
 */
export const CHART_COLORS = {
  actual: '#0b4f8a',
  actualFill: 'rgba(11, 79, 138, 0.85)',
  partial: 'rgba(11, 79, 138, 0.4)',
  missed: 'rgba(198, 40, 40, 0.75)',
  target: '#c62828',
  expected: '#5a6777',
  band: 'rgba(90, 103, 119, 0.18)',
  grid: '#e6ebf0',
  ink: '#1d2733',
  inkSoft: '#5a6777',
} as const;

/**
 * The UI fonts of styles.css, so chart labels match the page: Chinese fonts first in Chinese,
 * Latin fonts first in English (CJK fonts draw Latin punctuation full-width).
 */
export const CHART_FONT_FAMILIES = {
  zh: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif",
  en: "system-ui, 'Segoe UI', 'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
} as const;
