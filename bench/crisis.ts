import { detectRisk } from '../src/domain/crisis/detect-risk.js';
import { everydayPhrases, riskPhrases } from '../test/fixtures/crisis-corpus.js';

/** Recall and false-positive rate of the crisis detector on the project's corpus. */
export function measureCrisisDetection(): void {
  const caught = riskPhrases.filter((p) => detectRisk(p.text).kind !== null).length;
  const rightKind = riskPhrases.filter((p) => detectRisk(p.text).kind === p.kind).length;
  const alarms = everydayPhrases.filter((text) => detectRisk(text).kind !== null).length;
  const started = performance.now();
  const rounds = 200;
  for (let i = 0; i < rounds; i++) for (const p of riskPhrases) detectRisk(p.text);
  const perText = (performance.now() - started) / (rounds * riskPhrases.length);
  console.log('crisis detection on the project corpus (test/fixtures/crisis-corpus.ts)');
  console.log(`  recall                ${pct(caught / riskPhrases.length)}  (${caught} of ${riskPhrases.length} risk phrases)`);
  console.log(`  right kind of reply   ${pct(rightKind / riskPhrases.length)}  (self / harm from others / unclear / someone else)`);
  console.log(`  false-positive rate   ${pct(alarms / everydayPhrases.length)}  (${alarms} of ${everydayPhrases.length} everyday phrases)`);
  console.log(`  time per message      ${(perText * 1000).toFixed(1)} µs`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);
