import { Chart as ChartJS, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip, type Plugin } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import 'chartjs-adapter-date-fns';

// Only the chart.js parts the insights charts use; this module is loaded with the lazy insights page.
ChartJS.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, annotationPlugin);

interface LineMarkerOptions {
  type?: string;
  value?: number;
  label?: { content?: unknown };
}

/**
 * Mirrors what the chart actually holds onto its canvas (datasets after
 * chart.js processed them, markers with their x position), so tests and
 * assistive tooling can compare the picture with its data table.
 */
export const exposeChartData: Plugin<'line'> = {
  id: 'cairnExposeData',
  afterUpdate(chart) {
    const canvas = chart.canvas;
    canvas.dataset.series = JSON.stringify(chart.data.datasets.map((d) => ({ label: d.label, data: d.data })));
    const annotations = (chart.options.plugins as { annotation?: { annotations?: Record<string, LineMarkerOptions> } }).annotation
      ?.annotations;
    const x = chart.scales.x;
    const markers = Object.entries(annotations ?? {})
      .filter(([, a]) => a.type === 'line' && typeof a.value === 'number')
      .map(([id, a]) => ({ id, x: x ? Math.round(x.getPixelForValue(a.value ?? 0)) : null, label: a.label?.content }));
    canvas.dataset.markers = JSON.stringify(markers);
  },
};
