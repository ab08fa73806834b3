import type { CommunityDigest } from '../core/digest.js';
import { renderLineChart } from './line-chart.js';

/**
 * The digest's trend over its closed weeks as a PNG line chart. Each point sits at the middle of
 * the half-point range the text gives, so the chart says no more than the text; withheld points
 * are gaps, never estimates.
 */
export function renderTrendChart(digest: CommunityDigest, size = { width: 800, height: 420 }): Promise<Buffer> {
  return renderLineChart({
    title: `${digest.community}: team averages (1–5, within half a point), weeks that have ended, groups under ${digest.minGroupSize} not shown`,
    labels: digest.weeks.map((w) => `Week of ${w.week}`),
    series: digest.questions.map((q) => ({
      label: q.prompt,
      values: digest.weeks.map((w) => {
        const point = w.averages[q.id];
        return point?.shown ? (point.value.low + point.value.high) / 2 : null;
      }),
    })),
    size,
  });
}
