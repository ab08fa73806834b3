/**
 * English: a crisis line the writer reached for (notation in ../../patterns.ts; joined in ../en.ts and frames.ts).
 *
 * `lineReached` (frame, read by ../../line-reached.ts): a call, a text or a dial to a helpline, spanning the line's name:
 * "called the suicide prevention hotline", "texted the crisis text line", "dialed 988".
 *
 * `low-mood` (a weak hint: it counts only beside another sign): that line not answering, holding or hanging up: "called
 * 988 and nobody picked up", "on hold with the crisis line for 40 min", "texted the crisis line, they never wrote back".
 * Beside a means at hand it is urgent ("... the bottle is right here"); alone, or called for a client, it routes nothing.
 */
const call = 'call|called|calling|calls|text|texted|texting|dial|dialed|dialled|dialing|rang|ring|phoned|phone|messaged|chatted|tried|trying';
const name = 'the|a|that? national|local|county|state? suicide|crisis|mental+health? and? crisis? prevention? hotline|hot+line|line|lifeline|helpline|warmline|text+line|chat|number';
const number = '988|911|samaritans|lifeline|hotline|helpline|warmline';
const unanswered = 'no+one|noone|nobody|no+body|none _ answered|answers|answering|picked+up|picks+up|picking+up|responded|responds|replied|replies|wrote+back|writes+back|texted+back|called+back|got+back';
const failed = 'on+hold|busy|voicemail|voice+mail|hung+up|hangs+up|no+answer|no+reply|no+response|disconnected|dropped|a+bot|a+recording|wait+time|waitlist|in+a+queue|in+queue|queue|rang+out|kept+ringing|never+answered|never+picked+up|never+wrote+back|didnt+answer|didnt+pick+up|never+replied|didnt+reply';

export const lineReached: string[] = [`${call} ${name}`, `${call} ${number}`, `${call} the|a? ${number}`];

export const lifelineUnanswered: Record<string, string[]> = {
  'low-mood': [
    `${call} ${name} __ ,? ${unanswered}`,
    `${call} ${name} __ ,? ${failed}`,
    `${call} the? ${number} __ ,? ${unanswered}`,
    `${call} the? ${number} __ ,? ${failed}`,
    // "on hold with 988 for 40 min", "been in the crisis chat queue an hour".
    `on+hold|waiting|queued _ with|for|on|in _ ${number}|crisis+line|suicide+line|crisis+chat|hotline|lifeline|the+crisis+line|the+suicide+hotline|the+hotline|the+lifeline`,
  ],
};
