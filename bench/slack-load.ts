import { createInterface } from 'node:readline';
import { FakeSlack, slackSignature } from '../test/helpers/fake-slack.js';

/**
 * The load generator and the fake Slack Web API for bench/slack-ack.ts, in a process of their own so
 * they don't share an event loop with the apps being measured. Protocol on stdin/stdout, one JSON
 * object a line: it prints {apiUrl}; then each {url, rate, seconds, users, secret} runs one phase
 * and prints {latencies, errors, wallMs, replies}; end of input stops it.
 */
interface PhaseRequest {
  url: string;
  rate: number;
  seconds: number;
  users: number;
  secret: string;
}

async function load({ url, rate, seconds, users, secret }: PhaseRequest) {
  const total = rate * seconds;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = new URLSearchParams({
      command: '/pc-principle',
      text: 'boundaries',
      team_id: 'TBENCH',
      user_id: `UB${i % users}`,
      channel_id: `DUB${i % users}`,
      channel_name: 'directmessage',
      response_url: 'http://127.0.0.1:9/unused',
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const sent = performance.now();
    inFlight.push(
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(secret, timestamp, body) },
        body,
      }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - sent);
          else errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies, errors, wallMs: performance.now() - started };
}

const fake = new FakeSlack();
await fake.start();
process.stdout.write(`${JSON.stringify({ apiUrl: fake.apiUrl })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  const result = await load(JSON.parse(line) as PhaseRequest);
  process.stdout.write(`${JSON.stringify({ ...result, replies: fake.callsTo('chat.postMessage').length })}\n`);
}
await fake.stop();
