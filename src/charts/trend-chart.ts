import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { CommunityDigest } from '../core/digest.js';

Chart.register(...registerables);

const palette = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#30638e', '#6b4226'];

/**
 * The digest's four-week trend as a PNG line chart, rendered on the server. Withheld points are
 * gaps, never estimates. The same numbers are always given in text beside it.
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
          return point?.shown ? point.value : null;
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
        title: { display: true, text: `${digest.community}: team averages (1–5), groups under ${digest.minGroupSize} not shown` },
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
