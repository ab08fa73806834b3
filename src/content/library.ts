import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { loadCrisisLines, type CrisisLineDirectory } from './crisis-lines.js';
import { parseFrontMatter, type ContentProblem } from './front-matter.js';
import { exerciseSchema, selfCareSchema, topicSchema, type ExerciseMeta, type TopicMeta } from './schemas.js';

export const builtInContentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

export interface Topic extends TopicMeta {
  body: string;
  /** Where it came from: "built-in" or the community's folder. */
  origin: string;
}

export interface Exercise extends ExerciseMeta {
  body: string;
}

export interface ContentLibrary {
  /** Every refresher topic, sorted by id. */
  topics: Topic[];
  topic(id: string): Topic | undefined;
  exercises: Exercise[];
  exercise(id: string): Exercise | undefined;
  selfCareIdeas: string[];
  /** Crisis, abuse and emergency lines by country (content/crisis-lines, then the community's own). */
  crisisLines: CrisisLineDirectory;
}

export interface LoadedContent {
  library: ContentLibrary;
  /** Files that could not be used; the rest still loaded. */
  problems: ContentProblem[];
}

/**
 * Loads the built-in content, then a community's own folder on top: a topic or exercise with the
 * same id replaces the built-in one, a new id adds a topic. A malformed file is reported and
 * skipped; it never stops the rest from loading.
 */
export async function loadContent(dirs: string[] = [builtInContentDir]): Promise<LoadedContent> {
  const topics = new Map<string, Topic>();
  const exercises = new Map<string, Exercise>();
  let selfCareIdeas: string[] = [];
  const problems: ContentProblem[] = [];

  for (const dir of dirs) {
    const origin = dir === builtInContentDir ? 'built-in' : dir;
    for (const file of await markdownFiles(dir)) {
      const text = await readFile(file, 'utf8');
      const kind = kindOf(dir, file, text);
      const schema: z.ZodType = kind === 'exercise' ? exerciseSchema : kind === 'self-care' ? selfCareSchema : topicSchema;
      const parsed = parseFrontMatter(displayPath(file), text, schema);
      if (!parsed.ok) {
        const replaced = origin === 'built-in' ? undefined : builtInReplaced(text, kind === 'exercise' ? exercises : topics);
        const [first, ...rest] = parsed.error;
        const note = replaced ? `not used, so the built-in ${kind === 'exercise' ? 'exercise' : 'topic'} "${replaced}" stays in place until it is fixed: ` : '';
        if (first) problems.push({ ...first, message: `${note}${first.message}` }, ...rest);
        continue;
      }
      if (kind === 'exercise') {
        const meta = parsed.value.data as ExerciseMeta;
        exercises.set(meta.id, { ...meta, body: parsed.value.body });
      } else if (kind === 'self-care') {
        selfCareIdeas = (parsed.value.data as z.output<typeof selfCareSchema>).ideas;
      } else {
        const meta = parsed.value.data as TopicMeta;
        topics.set(meta.id, { ...meta, body: parsed.value.body, origin });
      }
    }
  }

  const crisisLines = await loadCrisisLines(dirs);
  problems.push(...crisisLines.problems);
  const sortedTopics = [...topics.values()].sort((a, b) => a.id.localeCompare(b.id));
  const sortedExercises = [...exercises.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    library: {
      topics: sortedTopics,
      topic: (id) => topics.get(id),
      exercises: sortedExercises,
      exercise: (id) => exercises.get(id),
      selfCareIdeas,
      crisisLines: crisisLines.directory,
    },
    problems,
  };
}

function kindOf(dir: string, file: string, text: string): 'topic' | 'exercise' | 'self-care' {
  const relative = path.relative(dir, file).split(path.sep);
  if (relative[0] === 'exercises') return 'exercise';
  if (/^id:\s*self-care-ideas\s*$/m.test(text.slice(0, 200))) return 'self-care';
  return 'topic';
}

async function markdownFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** The id a file that failed to load declares, when a built-in entry with that id would have been replaced. */
function builtInReplaced(text: string, loaded: ReadonlyMap<string, unknown>): string | undefined {
  const id = /^id:\s*["']?([\w-]+)["']?\s*$/m.exec(text)?.[1];
  return id !== undefined && loaded.has(id) ? id : undefined;
}
