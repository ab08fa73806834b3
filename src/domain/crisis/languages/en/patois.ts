/**
 * Jamaican patois (and Caribbean English close to it) read as the English it is: "mi tie di rope already", "mi a go tek
 * dem", "mi done write mi letter fi mi pickney dem". Its words are English's common words for the language guess, so a
 * message full of "mi" is not guessed as Spanish (patois words that Spanish also writes, such as "di", "me", "no", are
 * left out of the guess), and a message that uses two of them or more is rewritten word by word before wink reads it.
 * Only such a message: "dem boys" or "Lady Di" in plain English chat keep their words.
 */

/** Patois function words no Spanish or plain English sentence uses: counted as English by language-guess.ts. */
export const patoisCommonWords = 'fi dem inna nuh cyaan deh yuh seh pickney tek mek gwine haffi wid bredda dutty likkle unnu weh'.split(' ');

/** The language guess's view of patois: its markers, and the words it shares with Spanish that it then claims. */
export const patoisDialect = {
  markers: new Set('fi dem inna nuh cyaan caan deh yuh seh pickney tek mek gwine haffi wid bredda di dis dat unnu weh likkle'.split(' ')),
  claims: new Set('mi di me no a'.split(' ')),
};

/** Words that mark a message as patois (two distinct ones, or one said twice, are enough). */
const marker = /\b(?:fi|dem|inna|nuh|cyaan|caan|deh|yuh|seh|pickney|tek|mek|gwine|haffi|wid|bredda|di|dis|dat|unnu|weh|likkle)\b/g;

/** After "mi", a verb or a particle: "mi" is "I" ("mi tie", "mi a go", "mi done write"); elsewhere it is "my" ("mi hand"). */
const miAsI = 'a|done|did|tie|tied|have|had|cyaan|caan|cant|nah|nuh|jus|just|deh|want|waan|wan|gwine|going|tek|take|took|finish|write|wrote|drink|drank|go|haffi|know|tired|sorry|love|ready|cut|buy|bought|feel|nuh|never|will|wi|see|tell|seh|sit|siddung|nah|bun|hang|jump|swallow|kill|end|mek|put|lef|leave|left|wait|waiting|really|still|already|cannot|can|get|got|ago|fi';

const rewrites: [RegExp, string][] = [
  [new RegExp(`\\bmi (?=(?:${miAsI})\\b)`, 'g'), 'i '],
  [/\bmi\b/g, 'my'],
  [/\bi a go\b/g, 'i am going to'],
  [/\b(?:a go|gwine)\b/g, 'going to'],
  [/\bi a\b(?= [a-z]+\b)/g, 'i am'],
  [/\bnuh (?=more\b)/g, 'no '],
  [/\bnuh\b/g, 'do not'],
  [/\b(?:cyaan|caan)\b/g, 'can not'],
  [/\bhaffi\b/g, 'have to'],
  [/\bdi\b/g, 'the'],
  [/\bdis\b/g, 'this'],
  [/\bdat\b/g, 'that'],
  [/\binna\b/g, 'in'],
  [/\bwid\b/g, 'with'],
  [/\btek\b/g, 'take'],
  [/\bmek\b/g, 'make'],
  [/\bfi\b/g, 'for'],
  [/\bjus\b/g, 'just'],
  [/\bdeh\b/g, 'there'],
  [/\byuh\b/g, 'you'],
  [/\bseh\b/g, 'say'],
  [/\ban\b(?= (?:i|my|the|me|mi)\b)/g, 'and'],
  [/\bpickney\b/g, 'kids'],
  [/\bbredda\b/g, 'bro'],
  [/\bunnu\b/g, 'you all'],
  // "di tablets dem": "dem" after a noun only makes it plural; elsewhere it is "them" ("tek dem").
  [/\b(the [a-z]+) dem\b/g, '$1'],
  [/\bdem\b/g, 'them'],
];

/** The message as English words when it is patois; otherwise unchanged. */
export function readPatois(text: string): string {
  const marks = text.match(marker);
  if (marks === null || marks.length < 2) return text;
  let read = text;
  for (const [pattern, replacement] of rewrites) read = read.replace(pattern, replacement);
  return read;
}
