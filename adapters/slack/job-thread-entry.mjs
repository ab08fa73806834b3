// The Slack job thread's entry: plain JavaScript that loads the TypeScript sources through tsx, as
// bin/peercircle.mjs does for the main thread (a worker thread starts without its loader).
const { register } = await import('tsx/esm/api');
register();
await import('./job-thread-main.ts');
