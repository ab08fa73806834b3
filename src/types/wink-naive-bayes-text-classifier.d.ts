declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: ((input: unknown) => unknown)[]): number;
    learn(input: string[], label: string): boolean;
    consolidate(): boolean;
    /** [label, log2 odds] pairs, best first; [['unknown', 0]] when no input word is known. */
    computeOdds(input: string[]): [string, number][];
    predict(input: string[]): string;
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
  export default naiveBayesTextClassifier;
}
