import type { Lexicon } from '../lexicon.js';
import type { SetAside } from '../read.js';
import type { Sentence, Token } from '../tokens.js';
import { memoizeWord } from '../word-memo.js';

/** What the learned opinion may look at; the training script records it so a model and its reader agree. */
export interface FeatureOptions {
  bigrams: boolean;
  /** Words after a negator, up to the end of its clause, read as "!word". */
  negation: boolean;
  /** Spanish verbs by person ("matar.yo"), from the token expansion. */
  person: boolean;
  /** Each word's class from the language file's own word lists ("@means", "@place"), beside the word. */
  classes?: boolean;
  /** Pairs where one side is a class: "my @means", "@relation said" (tried, worse: not in the model). */
  classPairs?: boolean;
  /**
   * "sign:denied" when the reading negated a sign of the writer's own risk (read.ts `denied`): the words of "i don't want to
   * kill myself" are the words of the wish, and word pairs carry no negation, so without it the opinion reads the wish.
   */
  denied?: boolean;
}

export const defaultFeatureOptions: FeatureOptions = { bigrams: true, negation: true, person: true, classes: false, denied: true };

/** The most features one message gives: a bound on work and memory whatever the text. */
const MAX_FEATURES = 2_000;

/**
 * The language files' word lists (macros) under one class name for every language, so a Spanish
 * place and an English one count as the same evidence. Lists not named here keep their own name.
 */
const classNames: Record<string, string> = {
  spot: 'place',
  lugar: 'place',
  timing: 'time',
  tiempo: 'time',
  pastillas: 'pills',
  pills: 'pills',
  means: 'means',
  otro: 'other',
  other: 'other',
  carer: 'relation',
  agent: 'agent',
  quiero: 'want',
  want: 'want',
  matarse: 'kill',
  matarse_el: 'kill.el',
  kill: 'kill',
  die: 'die',
  tirarse: 'jump',
  tirarse_el: 'jump.el',
  golpes: 'hit',
  hurt: 'hurt',
  cuantas: 'many',
  many: 'many',
  relief: 'relief',
  death: 'death',
  befall: 'befall',
};

/** Word lists that are grammar, not meaning: read already as words. */
const skipped = new Set(['me', 'self', 'refl', 'aux', 'aux_el', 'aux3', 'future3']);

const classMaps = new WeakMap<Lexicon, Map<string, string[]>>();

/** Word → the classes it belongs to, from the lexicon's one-word list entries (phrases and wildcards left out). */
export function wordClasses(lexicon: Lexicon): Map<string, string[]> {
  const known = classMaps.get(lexicon);
  if (known) return known;
  const map = new Map<string, string[]>();
  const add = (word: string, name: string) => {
    const list = map.get(word) ?? map.set(word, []).get(word)!;
    if (!list.includes(`@${name}`)) list.push(`@${name}`);
  };
  for (const [macro, list] of Object.entries(lexicon.macros)) {
    if (skipped.has(macro)) continue;
    for (const word of list.split('|')) if (word !== '' && !/[+*?@_ ]/.test(word) && !/^\d+$/.test(word)) add(word, classNames[macro] ?? macro);
  }
  const sets: [ReadonlySet<string> | undefined, string][] = [
    [lexicon.thirdPerson, 'person3'],
    [lexicon.reportVerbs, 'report'],
    [lexicon.secondPerson, 'you'],
    [lexicon.firstPerson, 'me'],
  ];
  for (const [set, name] of sets) for (const word of set ?? []) add(word, name);
  classMaps.set(lexicon, map);
  return map;
}

const NONE: readonly string[] = [];

/** The feature for a sign of own risk the reading negated (`FeatureOptions.denied`). */
export const DENIED = 'sign:denied';

/** A class feature ("@means", "!@place"), as opposed to a word or a pair of words. */
export const isClass = (feature: string) => feature.startsWith('@') || feature.startsWith('!@');

function classesOf(token: Token, map: Map<string, string[]>): readonly string[] {
  if (token.forms.length === 1) return map.get(token.forms[0]!) ?? NONE;
  let found: string[] | null = null;
  for (const form of token.forms) {
    const classes = map.get(form);
    if (classes === undefined) continue;
    if (found === null) found = [...classes];
    else for (const c of classes) if (!found.includes(c)) found.push(c);
  }
  return found ?? NONE;
}

/** Negated class names made once ("!@means"). */
const negatedClass = new Map<string, string>();
const negatedOf = (c: string) => negatedClass.get(c) ?? negatedClass.set(c, `!${c}`).get(c)!;

/** A word inside a negated clause ("!want"), made once per word. */
const negatedWord = memoizeWord((word: string) => `!${word}`);

/** How many first words `bigramOf` remembers the pairs of, per generation (see `pairsAfter`). */
const FIRST_WORDS = 4096;
let newerPairs = new Map<string, Map<string, string>>();
let olderPairs = new Map<string, Map<string, string>>();

/**
 * The pairs already made that start with `first`, in the two-generation way of word-memo.ts (a chat repeats
 * the same few thousand words, and their pairs): a pair made once is handed out again, so a long message
 * does not build two hundred new strings (and Map look-ups do not flatten them) only for the classifiers to
 * look them up and drop them.
 */
function pairsAfter(first: string): Map<string, string> {
  const known = newerPairs.get(first);
  if (known !== undefined) return known;
  const pairs = olderPairs.get(first) ?? new Map<string, string>();
  if (newerPairs.size >= FIRST_WORDS) {
    olderPairs = newerPairs;
    newerPairs = new Map();
  }
  newerPairs.set(first, pairs);
  return pairs;
}

/** "first second", the very string a template would make, remembered (a first word holds at most 1,024 pairs). */
function bigramOf(first: string, second: string): string {
  const pairs = pairsAfter(first);
  let pair = pairs.get(second);
  if (pair === undefined) {
    pair = `${first} ${second}`;
    if (pairs.size >= 1024) pairs.clear();
    pairs.set(second, pair);
  }
  return pair;
}

/**
 * The screen's own reading of a message turned into the words a text classifier counts: each word's
 * dictionary form (wink's English lemma, the Spanish infinitive), marked "!" inside a negated clause,
 * the Spanish verb's person, pairs of neighbouring words, and each word's class from the language
 * file's word lists (so a means or a place the training lines never named still counts). One pass over the tokens.
 */
export function learnedFeatures(sentences: readonly Sentence[], lexicon: Lexicon, options: FeatureOptions = defaultFeatureOptions, setAside?: SetAside): string[] {
  const features: string[] = [`lang:${lexicon.language}`];
  if (options.denied && setAside?.denied) features.push(DENIED);
  const map = options.classes || options.classPairs ? wordClasses(lexicon) : null;
  for (const sentence of sentences) {
    let previous = '<s>';
    let previousClasses: readonly string[] = NONE;
    let negated = false;
    for (const token of sentence) {
      if (features.length >= MAX_FEATURES) return features;
      if (token.punct) {
        negated = false;
        previous = '<p>';
        previousClasses = NONE;
        continue;
      }
      const word = token.lemma;
      if (lexicon.clauseBreaks.has(word) || lexicon.subjectPronouns.has(word)) negated = false;
      const marked = options.negation && negated ? negatedWord(word) : word;
      features.push(marked);
      if (options.bigrams) features.push(bigramOf(previous, word));
      if (options.person) for (const form of token.forms) if (form.includes('.')) features.push(form);
      const classes = map === null ? NONE : classesOf(token, map);
      if (options.classes) for (const c of classes) features.push(options.negation && negated ? negatedOf(c) : c);
      if (options.classPairs) {
        for (const c of classes) features.push(`${previous} ${c}`);
        for (const c of previousClasses) features.push(`${c} ${word}`);
      }
      if (lexicon.negators.has(word)) negated = true;
      previous = word;
      previousClasses = classes;
    }
  }
  return features;
}
