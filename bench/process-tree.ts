import { readFileSync } from 'node:fs';

/** A process and all its descendants (the bot and the embedded database's process), by pid; Linux /proc only. */
export function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [pid];
  }
}
