/**
 * English wishes, thoughts and self-harm said plainly without the words of suicide (branch t-imminent, 2026-12-01),
 * joined by en.ts (notation in ../../patterns.ts; macros in ../en.ts): the world better without the writer in it, no
 * reason to keep going, tired of living, a switch turned off on oneself, an accident wished on oneself, self-harm hidden
 * under long sleeves or called an accident on purpose. Each names the writer, so a wish about a job or a day stays quiet.
 * test/unit/domain/crisis/single-signs.test.ts holds each beside its look-alikes.
 */
export const wishesSaidPlainly: Record<string, string[]> = {
  'wish-dead': [
    // Taglish: "gusto ko na lang mawala" (I just want to be gone), read since "sa" no longer reads as sexual assault.
    'gusto|gusto+ko _ ko? _ na? _ lang? _ mawala|mamatay|maglaho',
    // The world without the writer: "better with me not in it", "would keep spinning without me and that's the point".
    'better|fine|easier|happier _ with _ me _ not _ in+it|here|around|alive',
    'keep|keeps _ spinning|turning|going _ without _ me _ and _ that|thats|that+is _ kinda|kind+of|the? _ point',
    'feel|feeling|think _ like? _ i _ should+not|shouldnt _ be _ here|alive|around',
    // No reason left: "theres no reason for me to keep going anymore", "no point in tomorrow".
    'no|not+any _ reason|point _ for+me|to|in _ to? _ keep+going|keep+living|go+on|stay+alive|tomorrow|waking+up',
    'tired|sick|exhausted _ of _ living|being+alive|existing|waking+up',
    // Second-language and plain: "tired of live", "i dont have reason to live", "i must die", "easier not to be here".
    // "tired to live" ("tired of live" is left: "tired of live shows").
    'tired|sick _ to _ live',
    'do+not|dont|have+not _ have|find|see _ a|any? _ reason|reasons _ to _ live|continue|keep+living',
    'i must die',
    'easier|better|simpler _ not _ to _ be _ here|alive|around',
    'want|wanna|like|need _ to _ rest _ forever|for+good|permanently',
    'death|dying _ feels|seems|looks _ like _ the _ only _ way|option|rest|exit',
    'feel|feeling _ dead _ __ wish _ it _ was|were _ for+real|real',
    // Made it home and wishing not: "came home from deployment and part of me wishes i didnt".
    'came+home|made+it|survived|lived|came+back _ __ wish|wishes|wished _ i _ did+not|didnt|had+not|hadnt',
    'cross|crossed|crossing _ the? street|road _ without _ looking __ hoped|hoping|hope',
    'could|would _ quietly|just|simply _ not _ be _ here|exist|around',
    'want|wants _ mine|my+pain|my+life _ to _ end|stop|be+over',
    'off|kill _ switch _ on|for _ myself|me',
    'go _ to _ sleep _ and _ stay _ there|asleep|that+way|under',
    'do+not|dont _ want _ any _ more _ days|mornings|birthdays|tomorrows',
    // An accident wished on oneself: "i wish the roof would fall on me", "id take a bullet bc i wouldnt mind".
    'wish|hope|hoping _ the|a _ roof|ceiling|piano|meteor|plane|bus|truck|tree _ would|falls|fall|hits|crashes _ fall|land|crash|hit? _ on? _ me',
    'take|taking _ a _ bullet __ would+not|wouldnt|not _ mind',
    'cross|crossing _ the? street|road _ __ not _ look __ not _ care',
    'want|wants|hoping|hope _ the? _ cancer? _ scan|biopsy|results|tests _ to _ come+back _ bad|positive|malignant',
    'should+have|shouldve|should+of _ died _ over+there|with+my|too|instead',
  ],
  'suicidal-thoughts': [
    'self _ deletion|delete|deleting _ thoughts|thinking',
  ],
  hopelessness: [
    'reasons _ for|to _ living|live _ __ blank|none|nothing|empty',
    'lost _ the|my|all _ hope',
    'do+not|dont|not _ believe|think _ in? _ better+days|hope|it+gets+better|it+exists _ for _ me',
    'tired _ of _ fighting',
    'no _ version|way _ of _ my _ life _ that|where _ gets+better|works|is+ok',
  ],
  'self-harm': [
    'scratch|scratching|scratched _ my _ skin|arms|wrists|legs _ until|till|til _ it|they _ is|are|bleeds|bleed|raw',
    'stopped|stop|not _ eating _ __ on+purpose|to+punish|as+punishment',
    'keep|keeps _ wanting|want _ to _ hurt _ me|myself',
    'accident _ with _ a|the|my _ blade|razor|knife|lighter _ __ on+purpose',
    'long+sleeves _ in _ july|june|august|summer|the+heat _ again|if+u+know|if+you+know|to+hide',
  ],
};
