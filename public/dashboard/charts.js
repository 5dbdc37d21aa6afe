// Horizontal bar charts as plain SVG (no chart library to ship, nothing from other hosts).
'use strict';

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Draws rows of { label, value, display } as bars scaled to the largest value. */
function barChart(container, rows, { labelWidth = 220, width = 640, bar = 20, gap = 6 } = {}) {
  container.textContent = '';
  const max = Math.max(1, ...rows.map((r) => r.value));
  const chart = svgEl('svg', { viewBox: `0 0 ${width} ${rows.length * (bar + gap)}`, role: 'img', width: '100%' });
  rows.forEach((r, i) => {
    const y = i * (bar + gap);
    const w = Math.max(1, ((width - labelWidth - 120) * r.value) / max);
    chart.appendChild(svgEl('text', { x: labelWidth - 8, y: y + bar * 0.72, 'text-anchor': 'end', class: 'bar-label' }, r.label));
    chart.appendChild(svgEl('rect', { x: labelWidth, y, width: w, height: bar, class: `bar ${r.className || ''}` }));
    chart.appendChild(svgEl('text', { x: labelWidth + w + 6, y: y + bar * 0.72, class: 'bar-value' }, r.display ?? String(r.value)));
  });
  container.appendChild(chart);
}
