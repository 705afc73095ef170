import { Chart as ChartJS, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip, type Plugin } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import 'chartjs-adapter-date-fns';

// The one chart.js registration: only the parts Cairn's charts use. Imported by TimeSeriesChart, so it loads with the first chart.
ChartJS.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, annotationPlugin);

interface MarkerOptions {
  type?: string;
  value?: number;
  xMin?: number;
  label?: { content?: unknown };
  cairnLane?: string;
  cairnCount?: number;
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
    const annotations = (chart.options.plugins as { annotation?: { annotations?: Record<string, MarkerOptions> } }).annotation
      ?.annotations;
    const x = chart.scales.x;
    // Event markers: lines, and boxes for combined therapy sessions (the y-bands of a chart have no lane).
    const markers = Object.entries(annotations ?? {})
      .filter(([, a]) => (a.type === 'line' && typeof a.value === 'number') || (a.type === 'box' && a.cairnLane))
      .map(([id, a]) => {
        const at = a.type === 'line' ? a.value : a.xMin;
        return { id, x: x ? Math.round(x.getPixelForValue(at ?? 0)) : null, label: Array.isArray(a.label?.content) ? a.label.content.join('; ') : a.label?.content, lane: a.cairnLane, count: a.cairnCount };
      });
    canvas.dataset.markers = JSON.stringify(markers);
  },
};
