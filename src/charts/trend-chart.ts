import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { CommunityDigest } from '../core/digest.js';

Chart.register(...registerables);

const palette = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#30638e', '#6b4226'];

/**
 * The digest's trend over its closed weeks as a PNG line chart, rendered on the server. Each point
 * sits at the middle of the half-point range the text gives, so the chart says no more than the
 * text; withheld points are gaps, never estimates.
 */
export async function renderTrendChart(digest: CommunityDigest, size = { width: 800, height: 420 }): Promise<Buffer> {
  const canvas = createCanvas(size.width, size.height);
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    type: 'line',
    data: {
      labels: digest.weeks.map((w) => `Week of ${w.week}`),
      datasets: digest.questions.map((q, i) => ({
        label: q.prompt,
        data: digest.weeks.map((w) => {
          const point = w.averages[q.id];
          return point?.shown ? (point.value.low + point.value.high) / 2 : null;
        }),
        borderColor: palette[i % palette.length],
        backgroundColor: palette[i % palette.length],
        spanGaps: false,
        tension: 0.2,
      })),
    },
    options: {
      responsive: false,
      layout: { padding: { left: 24, right: 40, top: 8, bottom: 8 } },
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        title: { display: true, text: `${digest.community}: team averages (1–5, within half a point), weeks that have ended, groups under ${digest.minGroupSize} not shown` },
        legend: { position: 'bottom' },
      },
      scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } } },
    },
    plugins: [
      {
        id: 'white-background',
        beforeDraw(chart) {
          const { ctx } = chart;
          ctx.save();
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, chart.width, chart.height);
          ctx.restore();
        },
      },
    ],
  };
  // chart.js draws on any 2D context; @napi-rs/canvas provides one without a browser.
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], config);
  const png = await canvas.encode('png');
  chart.destroy();
  return png;
}
