import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';

Chart.register(...registerables);

const palette = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#30638e', '#6b4226'];

export interface LineSeries {
  label: string;
  /** One value per label; null is a gap, never an estimate. */
  values: (number | null)[];
}

export interface LineChart {
  title: string;
  labels: string[];
  series: LineSeries[];
  size?: { width: number; height: number };
}

/** A 1–5 line chart as a PNG, rendered on the server on a white background. */
export async function renderLineChart({ title, labels, series, size = { width: 800, height: 420 } }: LineChart): Promise<Buffer> {
  const canvas = createCanvas(size.width, size.height);
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    type: 'line',
    data: {
      labels,
      datasets: series.map((line, i) => ({
        label: line.label,
        data: line.values,
        borderColor: palette[i % palette.length],
        backgroundColor: palette[i % palette.length],
        spanGaps: false,
        tension: 0.2,
      })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: { left: 24, right: 40, top: 8, bottom: 8 } },
      plugins: { title: { display: true, text: title }, legend: { position: 'bottom' } },
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
