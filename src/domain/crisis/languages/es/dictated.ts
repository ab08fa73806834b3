/**
 * Voice-to-text in Spanish often writes the punctuation it was told as words: "hola coma hoy no estoy bien punto siento
 * que...". In a message with no written punctuation at all, "coma" and "punto" said as marks become the marks, so sentences
 * and clauses end where the writer said (gaps in patterns never cross them, and "no estoy bien" stays in its own clause).
 * The words keep their sense after the words that make them nouns or verbs: "en coma", "estado de coma", "que coma bien",
 * "a punto de", "en punto", "punto de vista".
 */
const beforeComaAsWord = new Set('de en que no se lo la le las los les una me te nos mi tu su el estado ni y o'.split(' '));
const beforePuntoAsWord = new Set('en a al el un del de este ese aquel su mi tu buen mismo cada otro ningun algun y o'.split(' '));
const afterPuntoAsWord = new Set('de com'.split(' '));
const afterComaAsWord = new Set('bien mal mas menos algo nada todo eso esto sano'.split(' '));

export function readDictated(folded: string): string {
  if (/[.,;!?¿¡\n]/.test(folded) || !/\b(coma|punto)\b/.test(folded)) return folded;
  const words = folded.split(/(\s+)/);
  const at = (i: number) => words[i]?.trim() ?? '';
  for (let i = 0; i < words.length; i += 2) {
    const before = at(i - 2);
    if (words[i] === 'coma' && i > 0 && !beforeComaAsWord.has(before) && !afterComaAsWord.has(at(i + 2))) words[i] = ',';
    else if (words[i] === 'punto' && i > 0 && !beforePuntoAsWord.has(before) && !afterPuntoAsWord.has(at(i + 2))) {
      words[i] = '.';
      // "punto final", "punto y aparte" are one mark.
      if (at(i + 2) === 'final') words[i + 2] = '';
      else if (at(i + 2) === 'y' && at(i + 4) === 'aparte') words[i + 2] = words[i + 4] = '';
    }
  }
  return words.join('');
}
