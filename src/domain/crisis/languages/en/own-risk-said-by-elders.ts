/**
 * Own risk in older people's phrasing, through faith, grief and old age (branch t-en9497; notation in ../../patterns.ts, joined to
 * the other own-risk files by ../en.ts). Each is possible risk with no plan; a time or a means beside it raises it as any wish's would.
 * - Nothing worth it anymore: "nothing feels worth it anymore" ("this sale isnt worth it anymore" names a thing).
 * - God asked, as "Him", after being named: "Lord forgive me but i've been asking Him to take me" ("asked him to take me to the
 *   store" names no God).
 * - Kept here by God without a reason: "don't know why God keeps me here" ("god keeps me going" is faith).
 * - To lie down and not get up: "makes me want to just lay down and not get up" ("lay down for a nap and didn't get up till noon").
 * - Wishing to have died instead of the dead: "i wish i'd gone instead of my boy".
 * - The grave of a loved one longed for: "how nice it would be to be in there next to Ellen".
 * - Being in the way of the family's lives: "i'm just in the way of their lives" (a burden).
 */
const godWords = 'god|the+lord|lord|jesus|the+good+lord|my+maker|the+man+upstairs|heavenly+father';

export const ownRiskSaidByElders: Record<string, string[]> = {
  hopelessness: [
    'nothing|none+of+it _ feels|is|seems|matters|is+really _ worth _ it|anything|living+for _ anymore|any+more|now|these+days',
  ],
  'wish-dead': [
    `${godWords} _ __ asking|asked|begging|begged|praying|prayed _ him|he _ to|would|will|d _ just? _ take|call _ me _ home|now|soon|already?`,
    `not|dont|do+not _ know|understand|see _ why _ ${godWords}|he|him _ keeps|kept|is+keeping|leaves|left _ me _ here|around|alive|on+this+earth`,
    'want|wanna|wanted _ to? _ just? _ lay|lie down and not|never get+up|get+back+up|wake+up|wake',
    'wish|wished _ i|id _ had|would+have|d? _ gone|died|been+taken|passed _ instead _ of',
    'nice|peaceful|restful|good|lovely _ __ to _ be _ in+there|in+the+ground|under+there|buried|laid+to+rest _ next+to|beside|with',
  ],
  burden: [
    'just|only|always _ in _ the _ way _ of _ their|his|her|everyones|everybodys|my+kids|my+familys _ lives|life',
    'deserve|deserves _ someone|somebody|a+grandma|a+grandpa|a+mom|a+dad|a+parent _ younger|stronger|healthier|better _ than+me|and+stronger|and+healthier|and+younger',
  ],
};
