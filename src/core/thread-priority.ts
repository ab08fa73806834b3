import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** How much lower than the thread that acknowledges the job thread runs: a Unix nice value, 0–19. */
export const JOB_THREAD_NICENESS = 10;

export type PriorityOutcome = { lowered: true; threadId: number; niceness: number } | { lowered: false; reason: string };

/**
 * Lowers the CPU priority of the calling thread only, so that on a busy machine the thread that
 * acknowledges requests is scheduled first and work that can wait a few milliseconds waits.
 * Linux gives each thread its own nice value (setpriority on a thread id); elsewhere the same call
 * would lower the whole process, acks included, so there it does nothing.
 */
export function lowerThisThreadsPriority(niceness = JOB_THREAD_NICENESS): PriorityOutcome {
  if (process.platform !== 'linux') return { lowered: false, reason: `threads have no priority of their own on ${process.platform}` };
  let threadId: number;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>" for the thread that reads it.
    threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch (error) {
    return { lowered: false, reason: `could not find this thread's id: ${(error as Error).message}` };
  }
  if (!Number.isInteger(threadId) || threadId <= 0 || threadId === process.pid) return { lowered: false, reason: 'this is the main thread' };
  try {
    os.setPriority(threadId, Math.max(os.getPriority(threadId), niceness));
    return { lowered: true, threadId, niceness: os.getPriority(threadId) };
  } catch (error) {
    return { lowered: false, reason: (error as Error).message };
  }
}
