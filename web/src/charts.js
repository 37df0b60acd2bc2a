// Time-series charts with uPlot. Every chart also gets a table (built by its caller) so its
// figures are readable without colour or sight.
import uPlot from 'uplot';
import { clear } from './dom.js';

// x: epoch seconds (interval starts); series: [{label, values, colour, kind: 'bar'|'line'}];
// band: {from, to} epoch seconds shaded as the current window.
export function drawChart(container, { x, series, band, height = 200, yLabel = '' }) {
  clear(container);
  const width = Math.max(260, container.clientWidth || 360);
  const bars = uPlot.paths.bars({ size: [0.8, 40], gap: 1 });
  const opts = {
    width, height,
    scales: {
      x: { time: true },
      // Bars grow from zero, so zero is always on the axis.
      y: { range: (u, min, max) => [Math.min(0, min ?? 0) * 1.1, Math.max(0, max ?? 0) * 1.1 || 1] },
      n: { range: (u, min, max) => [0, Math.max(1, max ?? 1) * 1.1] },
    },
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    axes: [{}, { label: yLabel, size: 50 }, ...(series.some((s) => s.kind === 'points') ? [{ scale: 'n', side: 1, label: 'edges', size: 40, grid: { show: false } }] : [])],
    series: [
      { label: 'interval' },
      ...series.map((s) => ({
        label: s.label, stroke: s.colour, width: s.kind === 'line' ? 2 : 1,
        fill: s.kind === 'bar' ? `${s.colour}bb` : undefined,
        scale: s.kind === 'points' ? 'n' : 'y',
        points: { show: s.kind === 'points' || (s.kind === 'line' && x.length < 60), size: 5, fill: s.colour },
        paths: s.kind === 'bar' ? bars : s.kind === 'points' ? () => null : undefined,
      })),
    ],
    hooks: {
      drawClear: [
        (u) => {
          if (!band) return;
          const left = u.valToPos(band.from, 'x', true);
          const right = u.valToPos(band.to, 'x', true);
          const { top, height: h } = u.bbox;
          u.ctx.save();
          u.ctx.fillStyle = 'rgba(240, 180, 0, 0.18)';
          u.ctx.fillRect(Math.min(left, right), top, Math.max(2, Math.abs(right - left)), h);
          u.ctx.restore();
        },
      ],
    },
  };
  return new uPlot(opts, [x, ...series.map((s) => s.values)], container);
}
