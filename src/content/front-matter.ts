import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';
import { readableIssue } from './readable-issue.js';

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export interface ParsedContent<T> {
  data: T;
  body: string;
}

/**
 * Splits a Markdown file into YAML front-matter and body and validates the front-matter.
 * Every problem carries the file's line number, so an author can find it.
 */
export function parseFrontMatter<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Result<ParsedContent<z.output<S>>, ContentProblem[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return err([{ file, line: 1, message: 'the file must start with a front-matter block: a line "---", YAML, then "---"' }]);
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    return err([{ file, line: 1, message: 'the front-matter block is never closed: add a line "---" after the YAML' }]);
  }
  // Front-matter YAML starts on file line 2.
  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    return err(
      document.errors.map((error) => ({
        file,
        line: (error.linePos?.[0]?.line ?? 1) + 1,
        message: `YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    );
  }
  let data: unknown;
  try {
    // An alias without its anchor, or aliases nested into a "billion laughs" bomb, throw here.
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable';
    return err([{ file, line: 2, message: `YAML: ${reason.slice(0, 120)}; write the values out instead of using aliases (*name)` }]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => {
        const node = document.getIn(issue.path as (string | number)[], true);
        const offset = isNode(node) && node.range ? node.range[0] : undefined;
        const line = offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
        return { file, line, message: readableIssue(issue) };
      }),
    );
  }
  return ok({ data: parsed.data, body: lines.slice(close + 1).join('\n').trim() });
}
