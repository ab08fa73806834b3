/**
 * English imminent risk told by a goodbye sent ahead (branch t-mx87; notation in ../../patterns.ts, joined by
 * ../en.ts): a message, text, post or email scheduled or set to send at a time ("queued my texts to go out at dawn", "set my
 * texts to go out tomorrow morning") is a goodbye sent ahead: a weak hint, so its own time does not make it urgent ("scheduled
 * the post to go out at 6am for the launch", "scheduled the email to send at 9am" stay quiet), and affairs settled beside it
 * do (../../hint-weights.ts: "...the passwords are on the fridge").
 * test/unit/domain/crisis/message-timed-for-after.test.ts holds the family beside its look-alikes.
 */
export const messageTimedForAfter: Record<string, string[]> = {
  'goodbye-hint': [
    // Love sent to kin in a text, unasked: "texted my mom i love her", "sent my brother a text saying i love him" (weak alone:
    // "texted my mom i love her, she got the job" is a happy text; beside a means or affairs settled it is a goodbye).
    'texted|messaged|sent|dmd|snapped _ my _ mom|mum|dad|mother|father|sister|brother|sis|bro|grandma|nana|family|parents|best+friend _ __ i+love+her|i+love+him|i+love+them|that+i+love|i+love+you|love+you',
    'scheduled|schedule|scheduling|timed|queued|set _ the|a|my|some|these _ discord? _ msg|msgs|message|messages|text|texts|post|posts|email|emails|tweet|tweets _ to _ send|go+out|post|be+sent|auto+send|drop _ at|in|tomorrow|tmrw|tonight|when|after|once|overnight',
  ],
};
