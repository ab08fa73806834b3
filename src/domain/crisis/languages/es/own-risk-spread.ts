/**
 * Spanish own risk told of the writer's own overdose (branch t-own, 2026-12-02; notation in ../../patterns.ts, macros in
 * ../es.ts): an overdose the writer had ("tuve una sobredosis anoche", "me dio una sobredosis") is the writer's act, not someone
 * else's (someone-else.ts reads "sobredosis" alone as theirs), and a wish that the overdose or the attempt had worked ("casi me
 * muero de sobredosis y una parte de mí desearía que hubiera salido"). An overdose told as years gone ("hoy cumplo tres años de
 * mi sobredosis") stays in the past (the distant past of the reading). test/unit/domain/crisis/own-risk-spread.test.ts.
 */
export const ownRiskSpreadEs: Record<string, string[]> = {
  'self-harm': [
    'tuve|he+tenido|acabo+de+tener|tengo _ una _ sobredosis',
    'me _ dio|ha+dado|acaba+de+dar _ una _ sobredosis',
  ],
  'wish-dead': [
    'sobredosis|intento|pastillas|sobredosé|sobredose __ __ desearia|quisiera|ojala _ que? _ hubiera|hubiese _ salido|funcionado|resultado|servido',
  ],
};
