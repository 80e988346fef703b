import { useEffect, useRef, type RefObject } from 'react';
import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { Chart } from './registerCharts';

/**
 * Draws a chart.js chart on the returned canvas. The Chart is created once, on mount, and
 * updated in place when `config` changes (a new object each time the data or the language
 * changes), like react-leaflet's layers: rebuilding it would flash and lose hover state.
 */
export function useChart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  config: ChartConfiguration<TType, TData, TLabel>,
): RefObject<HTMLCanvasElement | null> {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<TType, TData, TLabel> | null>(null);
  const configRef = useRef(config);
  configRef.current = config;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart(canvas, configRef.current);
    chartRef.current = chart;
    // The print layout changes the container's width without a window resize; chart.js
    // only hears about it when told.
    const print = window.matchMedia('print');
    const resize = () => chart.resize();
    print.addEventListener('change', resize);
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      print.removeEventListener('change', resize);
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data = config.data;
    if (config.options) chart.options = config.options;
    chart.update();
  }, [config]);

  return canvasRef;
}
