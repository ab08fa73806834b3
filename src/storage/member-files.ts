import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How long a file handed to a member on this machine (a data export, a chart) is kept. */
export const SAVED_FILE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Whose a file is: one member of one community. */
export interface FileOwner {
  communityExternalId: string;
  platformUserId: string;
}

/**
 * Files the bot hands to members on this machine, where the terminal "sends" a file by saving it:
 * one folder per member, readable by this operating-system user only (folders 0700, files 0600),
 * each file gone after SAVED_FILE_LIFETIME_MS, and the member's folder gone with their data.
 * Without a folder (Slack, Discord: files go to the platform) it keeps nothing.
 */
export class MemberFiles {
  constructor(private readonly root?: string) {}

  /** Saves `bytes` for the member, dated `at` (the bot's clock), and returns where it is. */
  save(owner: FileOwner, filename: string, bytes: Buffer, at: Date): string {
    if (!this.root) throw new Error('no folder is set for saved files');
    const dir = this.folderOf(owner);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Folders made by an older version may be open to others: close every level we own.
    for (let level = dir; level.startsWith(this.root); level = path.dirname(level)) chmodSync(level, 0o700);
    const file = path.join(dir, path.basename(filename));
    // Written whole under a new name, then renamed: never a half-written file, and the mode is
    // the new file's own, not an older copy's.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes, { mode: 0o600 });
    utimesSync(partial, at, at);
    renameSync(partial, file);
    return file;
  }

  /** Removes every file of the member, and files from older versions that hold their data. */
  removeFor(owner: FileOwner): number {
    if (!this.root) return 0;
    const dir = this.folderOf(owner);
    let removed = this.filesUnder(dir).length;
    rmSync(dir, { recursive: true, force: true });
    for (const legacy of this.legacyExports()) {
      const of = exportOwner(legacy);
      if (of?.platformUserId === owner.platformUserId && of.communityExternalId === owner.communityExternalId) {
        rmSync(legacy, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Deletes files older than their lifetime at `at`, and folders left empty. */
  sweep(at: Date): number {
    if (!this.root) return 0;
    const cutoff = at.getTime() - SAVED_FILE_LIFETIME_MS;
    let removed = 0;
    for (const file of this.filesUnder(this.root)) {
      const savedAt = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (savedAt === undefined || savedAt >= cutoff) continue;
      rmSync(file, { force: true });
      removed++;
    }
    for (const dir of this.foldersUnder(this.root).reverse()) {
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    }
    return removed;
  }

  private folderOf(owner: FileOwner): string {
    return path.join(this.root!, segment(owner.communityExternalId), segment(owner.platformUserId));
  }

  private filesUnder(dir: string): string[] {
    return this.entriesUnder(dir).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  }

  private foldersUnder(dir: string): string[] {
    return this.entriesUnder(dir).filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
  }

  private entriesUnder(dir: string) {
    try {
      return readdirSync(dir, { withFileTypes: true, recursive: true });
    } catch {
      return [];
    }
  }

  /** Versions before per-member folders saved exports straight into the root. */
  private legacyExports(): string[] {
    try {
      return readdirSync(this.root!, { withFileTypes: true })
        .filter((e) => e.isFile() && /^peercircle-my-data-.*\.json$/.test(e.name))
        .map((e) => path.join(this.root!, e.name));
    } catch {
      return [];
    }
  }
}

/** A member's id as one folder name: readable for ordinary ids, never `..` or a path. */
function segment(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E') || '%00';
}

function exportOwner(file: string): { platformUserId?: unknown; communityExternalId?: unknown } | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { you?: { platformUserId?: unknown }; community?: { externalId?: unknown } };
    return { platformUserId: data.you?.platformUserId, communityExternalId: data.community?.externalId };
  } catch {
    return undefined;
  }
}
