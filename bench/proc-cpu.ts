import { readdirSync, readFileSync } from 'node:fs';

// CPU seconds read from Linux's /proc: the load-independent figures the benchmarks print beside latencies.

/** CPU seconds (user + system) a process (all its threads) has used so far; NaN once it is gone. */
export function cpuSeconds(pid: number, file = `/proc/${pid}/stat`): number {
  try {
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s on Linux)
  } catch {
    return Number.NaN;
  }
}

/** The share of a process's CPU seconds so far spent in the kernel (system time: sockets, mostly). */
export function systemSeconds(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[12]) / 100;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds of every thread of a process, by name (tid appended). */
export function taskSeconds(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    out.set(`${name}#${tid}`, cpuSeconds(pid, `/proc/${pid}/task/${tid}/stat`));
  }
  return out;
}

/** CPU seconds of every postgres process on the machine. */
export function postgresSeconds(): number {
  let sum = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') sum += cpuSeconds(Number(entry));
    } catch {
      // gone
    }
  }
  return sum;
}

/** CPU seconds of a process's main thread alone (its thread id is its pid): the thread that acknowledges. */
export const mainThreadSeconds = (pid: number) => cpuSeconds(pid, `/proc/${pid}/task/${pid}/stat`);
