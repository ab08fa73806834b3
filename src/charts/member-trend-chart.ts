import type { MemberTrends } from '../domain/member-trends.js';
import { renderLineChart } from './line-chart.js';

/** A member's own four weeks as a PNG line chart: one line per question, gaps on days not answered. */
export function renderMemberTrendChart(trends: MemberTrends, size = { width: 800, height: 420 }): Promise<Buffer> {
  return renderLineChart({
    title: 'Your check-ins, last four weeks (only you see this)',
    labels: trends.days.map((day) => day.slice(5)),
    series: trends.questions.map((q) => ({ label: `${q.question.prompt} (1 = ${q.question.lowLabel}, 5 = ${q.question.highLabel})`, values: q.values })),
    size,
  });
}
