import { existsSync, statSync } from 'node:fs';
import { builtInContentDir, loadContent } from '../content/library.js';
import { PeercircleError } from '../core/errors.js';
import { loadConfigOrExit } from './load-config.js';

/**
 * `peercircle content-check [folder]`: the folder given (on top of the built-in content, so an
 * override is checked as it would load), or the built-in content and CONTENT_DIR.
 */
export async function contentCheck(folder: string | undefined): Promise<void> {
  if (folder !== undefined && !(existsSync(folder) && statSync(folder).isDirectory())) {
    throw new PeercircleError('CONFIG_INVALID', `${folder} is not a folder. Give the folder that holds your topic files, such as ./my-content.`);
  }
  const own = folder ?? loadConfigOrExit().CONTENT_DIR;
  const { library, problems } = await loadContent([builtInContentDir, ...(own ? [own] : [])]);
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`);
  console.log(`${library.topics.length} topics, ${library.exercises.length} exercises, ${library.selfCareIdeas.length} self-care ideas, crisis lines for ${library.crisisLines.size} countries; ${problems.length} problem(s).`);
  if (problems.length > 0) process.exitCode = 1;
}
