/**
 * English own risk said under cover (branch t-own50; notation in ../../patterns.ts, joined to the other own-risk files by
 * ../en.ts): the ways the fiftieth fresh batch wrote the writer's own risk behind an everyday surface. Metaphors said of
 * oneself with the surface denied ("not talking about my phone"), an appointment with the sea, a candle hoped to go out,
 * the sleep that lasts, life as a party left early; understatement ("not in a quitting way", "by the time he reads it ill
 * be at peace", "nothing left on the list but me", leaving tonight "and not in a car"); affairs settled (savings moved, a
 * will signed, a video for a child "for when shes older", a funeral playlist, things returned "where im going", "set it
 * all up already"); self-harm told by its traces or a relapse after a clean count (bandaids explained away, burns healing
 * and new ones made, a rubber band that no longer works, the counter reset to zero); hopelessness and burden said in
 * pictures (drowning while handed water, no gas station for miles, no version of the future where i'm ok). Each keeps the
 * writer's own ending in its words: a phone, a party, a shift, a move and a streak in a game stay everyday.
 * test/unit/domain/crisis/own-risk-said-under-cover.test.ts holds each family beside its look-alikes.
 */
export const ownRiskSaidUnderCover: Record<string, string[]> = {
  'wish-dead': [
    // The surface denied: "running on 1% and im not talking about my phone".
    'not|nt _ talking|talkin _ about _ my|the _ phone|battery|laptop ,? _ __ about _ me|myself',
    'battery|batterys|charge|running _ 1|0|one|zero|2|3|5 %? percent? and _ i+am|im|i|its? _ not|nt|do+not|dont _ talking|talkin|mean|meaning _ about? _ my|the _ phone|laptop',
    // Life left early, a candle hoped to go out, the sleep that lasts, the dead envied.
    'life|lifes|life+is _ a|one+big _ party|show|movie|film _ __ leave|walk+out|go+home|bail _ early',
    'candle|candles|flame|wick _ __ hope|hoping|wish _ it _ just? _ goes|burns _ out',
    'think|thinking|thought|dream|dreaming _ about _ the _ kind|sort _ of _ sleep _ that|you _ lasts|does+not+end|never+ends|do+not+wake',
    'envy|envying|jealous+of _ the _ people|ones|folks _ in _ the _ obits|obituaries|graveyard|cemetery',
    'tired _ of _ being _ a _ person|human|human+being',
    // A waking regretted, a wish hedged rather than denied: "woke up upset that i woke up", "dont want to die exactly".
    'woke+up|wake+up|waking+up _ disappointed|dissapointed|disapointed|upset|gutted|annoyed _ that|cause|because _ i _ woke|still+woke|am+still',
    'do+not|dont _ want _ to _ die _ exactly|per+se|as+such',
  ],
  'suicidal-thoughts': [
    'unalive|unaliving _ thoughts|thought',
    // Thoughts named by the help the writer gives others, letters written only in the head.
    'the _ ones _ i _ tell|teach|ask _ clients|participants|people|others|my+group _ to _ call|get+help|reach+out|text',
    'writing|write|wrote _ goodbye+letters|goodbye+notes|suicide+notes|goodbyes|notes _ in _ my _ head',
    'brain|head|mind _ keeps? _ suggesting|suggests|offering|offers|whispering _ the _ exit|way+out',
    'close+call _ with|w _ myself',
    'stand|standing|stood|lean|leaning _ too+close _ to _ the _ platform|edge|ledge|tracks|railing _ __ on+purpose',
  ],
  'self-harm': [
    // Traces explained away or renewed: "had to explain the plasters on my arm", "the burns are healing and i keep making new ones".
    'explain|explaining|hide|hiding|covering _ the _ bandaids|band-aids|plasters|cuts|marks|scars|burns _ on _ my _ wrist|wrists|arm|arms|thigh|thighs',
    'burns|cuts|scratches|marks _ on _ my _ __ healing|heal _ and? _ i _ keep _ making|adding|doing _ new+ones|more',
    'fresh+ones|fresh+cuts|fresh+burns _ on|under _ my _ thigh|thighs|arm|arms|wrist|wrists|hip|hips|stomach|legs',
    'new+ones _ on|under _ my _ thigh|thighs|wrist|wrists|hip|hips',
    // The substitute failing, the clean count broken: "the elastic on my wrist isnt enough anymore", "reset my counter to 0".
    'rubber+band|hair+tie|elastic _ on? _ my? _ wrist? _ is+not|isnt|not|does+not|doesnt _ working|work|enough|helping|help',
    'back _ to _ the _ real+thing',
    'reset|resetting|set _ my _ counter|day+counter|clean+counter|sobriety+counter|clean+date _ to|back+to _ 0|zero|day+one|day+1',
    'days _ and _ i _ broke|lost _ it _ last+night|yesterday|today|again',
  ],
  hopelessness: [
    'no _ version _ of _ the|my? _ future|things|this _ where _ i+am|im|i _ ok|okay|fine|alive|happy|make+it',
    'stopped|stop _ seeing _ a|the|any _ point _ in _ anything|everything|life|living',
    'whats|what+is _ the _ point _ of _ getting _ better|well',
    'drowning _ and _ everyone|everybody|people _ keeps?|keep _ handing|giving|throwing _ me _ more _ water',
    'done _ trying _ to _ be _ okay|ok|fine|alright',
    'been|felt|feeling _ hopeless _ so|for _ long|years|months|ages',
    'hopeless _ is _ the _ only _ word|feeling',
    'do+not|dont|i+do+not _ care _ what _ happens _ to _ me _ anymore|any+more',
    'idc|idgaf _ what _ happens _ to _ me _ anymore|any+more|now',
    'can+not|cant _ do _ this _ much+longer',
    'everything _ feels|is|seems _ pointless',
    'not _ sure _ i _ want _ to _ keep _ trying|going|living',
    'hate _ myself _ so+much _ __ hard+to+breathe|cant+breathe|can+not+breathe',
    'i+am|im|i _ not _ meant _ to _ make+it _ past|through|to',
  ],
  burden: [
    'they+would|theyd|they+d|it+would|itd|everyone+would|everything+would _ do+fine|be+better|do+better|hold+together _ without _ me',
    'family|kids|wife|husband _ would _ get _ the _ insurance|payout|life+insurance',
  ],
  intent: [
    // Understatement with the deed and its day named.
    'by _ the+time _ he|she|they|you|anyone|someone _ reads|read|sees|finds _ it|this _ i+will|ill|i _ be _ at+peace|gone|dead|free',
    'nothing|all+that+is _ left _ on _ the|my _ list _ but|except|is _ me',
    // A decision with its day and no deed, like "made up my mind" (a deed named after it is everyday: `decidedDeeds`).
    'made|reached|came+to _ my|the|a _ decision|choice ,? _ and? _ it+is|its _ @timing',
    'ticket|tickets _ is|s|are? _ bought|booked ,? _ so+to+speak|if+you+know+what+i+mean',
  ],
  'preparation-hint': [
    // Affairs settled: savings moved, a lease let go, a will signed, things returned, a playlist for the funeral.
    'transferred|transfered|moved|sent _ my|all+my _ savings|money _ to _ my',
    'did+not|didnt|not _ renew|renewing _ the|my _ lease|contract|phone+plan',
    'my _ will _ is? _ signed|witnessed|notarised|notarized|sorted',
    'go|goes _ to _ whoever _ wants _ them|it',
    'playlist|songs|music _ for _ my _ funeral|memorial',
    // A message timed to send itself: "the email to my mum sends itself at 9am".
    'email|emails|message|messages|text|texts|post|posts|letter _ __ sends|send|posts|post _ itself|themselves|automatically|on+its+own',
  ],
  'farewell-hint': [
    // A message recorded for a child to have later: "recorded a video for my son for when hes older".
    'recorded|made|wrote|filmed _ a _ video|letter|message _ for _ my _ __ for _ when _ she+is|shes|he+is|hes|they+are|she|he|they _ older|grown|grown+up|bigger',
  ],
  finality: [
    'it+will|itll _ make+sense _ to _ her|him|them|you|everyone _ soon|later|after',
    'i+am|im _ so _ tired _ and _ it+is|its _ almost|nearly _ over',
    'not _ in _ a _ quitting|resigning|work|job _ way|sense',
    // Affairs put in order before an unnamed going: "wanted that sorted before i go".
    'wanted|want|needed _ that|it|this|everything|things _ sorted|done|in+order|settled _ before _ i _ go|leave|am+gone',
  ],
  absence: [
    'wont|will+not|not _ be _ needing|need _ either|them|em|it|those|these|any+of+it _ after|past _ @timing',
    'in+case _ i+am|im _ not _ around|here _ to _ explain|to+explain',
    'not|nt _ quitting|resigning|retiring',
  ],
  'goodbye-hint': [
    // A thought that keeps going to the water: urgent only beside a return denied ("not coming back up").
    'thinking|think about|abt the lake|river|sea|ocean',
    // An appointment with the water: weak alone or beside a time, urgent beside a return denied or an act.
    'appointment|date _ with _ the _ ocean|sea|river|lake|tracks|bridge|water',
    'me+and+the|the _ ocean|sea|river|lake|tracks _ and+i? _ have|has|got _ an|a _ appointment|date',
  ],
};
