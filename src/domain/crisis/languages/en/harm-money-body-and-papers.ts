import { inflect } from './inflect.js';

/**
 * Harm from others held over money, the body, papers and whereabouts, added after the thirty-sixth fresh batch (notation
 * in ../../patterns.ts; joined to the other harm files by ../en.ts): a paycheck paid into his account, credit taken out in
 * the writer's name; birth control flushed, condoms pierced, a condom taken off; papers not signed or a petition withdrawn
 * unless the writer obeys, immigration or a parole officer named as the threat ("if i report him he'll call my PO"); a
 * tracker found on the car, the writer's door photographed or address posted, messages saying they are watched; a door
 * taken off, a window nailed shut, car, phone and wallet taken with "you're not leaving"; a debt to pay before leaving.
 * Each names the leverage beside the act, so "my check goes into our joint account" or "found my airtag'd keys" stay
 * quiet. "my" or "her" both stand in the patterns: whose.ts sends a harm landing on her to someone else's route.
 */
const pay = 'paycheck|check|checks|wages|pay|ssi|disability|benefits|pension|social+security|tips|salary';
const birthControl = 'birth+control|bc|pill|pills|iud|nuvaring|ring|patch|depo|plan+b|contraception|contraceptives';
const papers = 'i-751|i751|i-130|i130|papers|petition|green+card|visa|residency|sponsorship|forms|application|u+visa|daca';
const leverage = 'po|parole|parole+officer|probation|probation+officer|ice|immigration|imigration|migra|deported|deport|cps|custody|street|streets|using|used|record|boss|job';

export const harmMoneyBodyAndPapers: Record<string, string[]> = {
  control: [
    // Money taken: "my paycheck goes straight into his account", "opened two cards in my name", "took my name off the lease".
    `${pay} _ goes|go|went|gets+deposited|get+deposited|got+deposited|is+deposited|are+deposited _ straight? _ into|to _ his|her|their _ account|bank|card`,
    `@agent _ ${inflect('open take:took:taken put')} _ out? _ credit|loans|loan|cards|credit+cards|debt|accounts|a+loan|a+card _ in _ my|her _ name`,
    `@agent _ ${inflect('take:took:taken')} _ my|her _ name _ off _ the|our _ lease|account|accounts|title|deed`,
    'do+not|dont|never|not _ even _ know _ my|her _ own _ banking|bank|account _ password|pin|login',
    `keeps|kept _ borrowing|taking|stealing _ from _ my|her _ account|savings|bank|card|wallet|purse`,
    // Papers held or not signed unless the writer obeys: "he won't sign my i-751 unless i drop the order".
    `he|she|husband|wife|partner|boyfriend|girlfriend|ex|fiance|spouse|sponsor _ will+not|wont|refuses+to|refused+to|never _ sign|file|submit _ my|her|the|our _ ${papers} _ unless|until|if`,
    `${inflect('withdraw:withdrew:withdrawn drop cancel pull')} _ my|her|the _ ${papers} _ if|unless`,
    `@agent _ ${inflect('keep:kept hold:held hide:hid:hidden')}|has|had _ my|her|our _ passport|passports|green+card|papers|documents|ids _ __ until|unless|says|owe|wont|will+not|so`,
    // Reproductive control: "flushes my birth control", "poked holes in the condoms", "took the condom off without telling me".
    `${inflect('flush throw:threw:thrown hide:hid:hidden toss')}|threw+out|throws+out _ away? _ my _ ${birthControl}`,
    'holes|hole _ in _ the|my|our|his _ condoms|condom',
    `${inflect('take:took:taken pull')} _ the|his _ condom _ off _ without|when|during`,
    `${inflect('track')} _ my|her _ period|periods|cycle|ovulation _ on _ his|their _ phone|app|calendar`,
    `${inflect('track')} _ my|her _ period|periods|cycle|ovulation _ __ angry|mad|yells|upset|furious|schedule`,
    'not+allowed+to|will+not+let+me|wont+let+me|will+not+let+her|wont+let+her|never+let+me _ get|have|take|use _ my|her? _ tubes+tied|an+abortion|birth+control|the+pill|an+iud|plan+b',
    `${inflect('make:made force')} _ me|her _ to? _ get _ pregnant`,
    // Whereabouts found out: "found an airtag taped under my bumper", "messages with pics of my front door".
    'found|finds|find|there+was|there+is _ an? _ airtag|air+tag|tracker|tracking+device|gps+tracker _ __ car|wheel|bumper|bag|purse|coat|jacket|taped|hidden|under|inside',
    'messages|texts|dms|accounts|account|someone|somebody|burner|burners _ __ pics|pictures|photos|photo|picture|video _ of _ my|her _ front+door|house|door|car|apartment|building|kids|window|porch',
    `@agent|someone|somebody _ ${inflect('post publish share leak')}|commenting _ my|her _ home? _ address|street|street+name|phone+number|number|workplace|license+plate|kids+school|daughters+school|sons+school`,
    'found|got|has|knows _ my|her _ home|personal|new _ number|address|phone _ __ calling|calls|keeps|showed|shows|texting|breathing',
    `${inflect('read:read')}|going+through|goes+through _ my|her _ work? _ slack|email|emails|dms|messages|texts|journal|diary _ __ quoted|quotes|back+at`,
    // A debt before leaving: "says i owe him 8k before i can leave".
    'says|said|tells|told|saying _ i|she|we _ owe|owes _ __ before _ i|she|we _ can|could _ leave|go|quit',
  ],
  threat: [
    // The threat is the state: "one phone call and you're gone", "if i tell the state about him he'll tell my PO i used".
    'one _ phone+call|call _ and _ you|youre|you+are|she|i|im _ gone|deported|out',
    `if _ i|she _ tell|call|report|talk|go|make|leave|file|sue _ __ he|she|they _ will|ll|is|s|gonna|is+going+to _ __ ${leverage}`,
    // "hell" and "shell" are words, so the model leaves them unexpanded.
    `if _ i|she _ tell|call|report|talk|go|make|leave|file|sue _ __ hell|shell|theyll _ __ ${leverage}`,
    'call|calling|report|reporting|tell|telling _ ice|immigration|imigration|migra _ on _ me',
    'ice|immigration|imigration|migra _ will|gonna|going+to|is+going+to _ take|get|pick+up|deport|come+for _ me|her',
    'if _ we|i|she _ talk|tell|speak|run|go _ __ our|my|her _ families|family|kids|mom|parents _ __ will|ll|gonna _ pay|suffer|get+hurt',
    // Said to the writer at work: "nobody would believe a junkie over him", "says i owe him for hiring someone with my record".
    // Not "over me": in a quote that "me" is the speaker's, and whose.ts would give the harm to someone else.
    'nobody|no+one _ would|will|is+going+to _ believe _ a|an|you|me|her _ junkie|addict|crackhead|felon|whore|over _ over? _ him|her',
    'saying|says|said|tells|told _ __ i|she _ owe|owes _ him|her _ for _ hiring|helping|the+job|giving|taking',
    // Starts on the key: "he has" with no writer reads as a state of someone else (../../harm-lands-on.ts).
    'key|keys _ and|so _ he|she|they? _ can _ come+in|come+over|let+himself+in|let+herself+in _ whenever|anytime|any+time',
    `${inflect('say:said tell:told')} _ what _ he|she|they _ would|d|will|wants+to|is+going+to|gonna _ do _ to _ me|her`,
    'gonna|going+to|will _ handle _ me|her _ when|after|once',
  ],
  'unsafe-home': [
    // Kept in: "nailed my window shut", "took my door off the hinges so i can't hide", "took my car, my phone, my wallet and says i'm not leaving".
    `${inflect('nail screw board lock:locked bolt')} _ my|her _ window|windows|door|bedroom+door _ shut|closed`,
    `${inflect('take:took:taken')}|removed _ my|her _ door|bedroom+door _ off _ the? _ hinges|hinge _ __ so|cant|can+not|hide|privacy`,
    `${inflect('stand:stood watch')} _ in? _ the? _ hallway|doorway|room? _ while|when _ i|she _ change|changes|shower|showers|undress|changing`,
    `${inflect('take:took:taken')} _ my|her _ __ car|phone|wallet|keys|purse _ __ says|said|tells|told _ __ not _ leaving|going+anywhere|going`,
    `@agent _ ${inflect('keep:kept')} _ all+of+us|us|me|her|them _ in _ the|a _ house|room|apartment|basement _ __ only|never|can+not|cant`,
  ],
};
