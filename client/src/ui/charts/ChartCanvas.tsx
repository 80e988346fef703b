import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { useChart } from './useChart';
import './charts.css';

interface ChartCanvasProps<TType extends ChartType, TData, TLabel> {
  config: ChartConfiguration<TType, TData, TLabel>;
  /** What the chart shows, read out in place of the picture; the figures themselves sit in a table beside it. */
  label: string;
  className?: string;
  testId?: string;
}

/** A chart in a box that sets its height; the canvas follows the box's width. */
export function ChartCanvas<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>({
  config,
  label,
  className,
  testId,
}: ChartCanvasProps<TType, TData, TLabel>) {
  const canvasRef = useChart(config);
  return (
    <div className={['chart-box', className].filter(Boolean).join(' ')} data-testid={testId}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
