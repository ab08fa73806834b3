/**
 * Harm from others told as the errand of hiding from them, added after the ninetieth fresh batch (notation in ../../patterns.ts;
 * joined to the other harm files by ../en.ts): money, a card or a phone set up where the person it is kept from cannot know or
 * find it ("switch my direct deposit to an account he doesnt know about", "need a bank card my husband won't find", "a second
 * phone she can't check"). A third person named as the one kept out, beside the money or the phone, is control; a surprise
 * kept ("a gift he doesnt know about", "a party she won't find out about") names no money, card or phone.
 */
const kept = 'account|accounts|bank|bank+account|card|debit+card|credit+card|savings|deposit|direct+deposit|paycheck|check|cash|money|phone|burner|number|email|po+box|mailbox';
const keptFrom = 'he|she|they|my+husband|my+wife|my+partner|my+bf|my+boyfriend|my+gf|my+girlfriend|my+ex|my+dad|my+mom|my+stepdad';

export const harmHiddenFromHim: Record<string, string[]> = {
  control: [
    `${kept} _ ${keptFrom} _ does+not|doesnt|do+not|will+not|wont|can+not|cant|cannot|never|has+no|have+no _ know|knows|find|see|check|access|touch|track|get+into|find+out`,
    `${kept} _ that|which _ ${keptFrom} _ does+not|doesnt|will+not|wont|can+not|cant|cannot|never _ know|find|see|check|access|touch|track|get+into|find+out`,
    // "hide money from him", "keep my paycheck away from her".
    `hide|hiding|hid|keep|keeping|stash|stashing _ my|some|the? _ ${kept} _ from|away+from _ him|her|them|my+husband|my+partner|my+boyfriend|my+wife`,
  ],
};
