import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

/*
 * Only the pieces the dashboard's bar and line charts use are registered, so the rest of
 * chart.js (pie, radar, time scales, animations of other types) is tree-shaken away.
 */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

export { Chart };
