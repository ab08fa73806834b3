import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import type { MemberTrends } from '../domain/member-trends.js';

Chart.register(...registerables);

const palette = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#30638e', '#6b4226'];

/** A member's own four weeks as a PNG line chart: one line per question, gaps on days not answered. */
export async function renderMemberTrendChart(trends: MemberTrends, size = { width: 800, height: 420 }): Promise<Buffer> {
  const canvas = createCanvas(size.width, size.height);
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    type: 'line',
    data: {
      labels: trends.days.map((day) => day.slice(5)),
      datasets: trends.questions.map((q, i) => ({
        label: `${q.question.prompt} (1 = ${q.question.lowLabel}, 5 = ${q.question.highLabel})`,
        data: q.values,
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
      plugins: { title: { display: true, text: 'Your check-ins, last four weeks (only you see this)' }, legend: { position: 'bottom' } },
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
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], config);
  const png = await canvas.encode('png');
  chart.destroy();
  return png;
}
