import type { Lexicon } from '../../lexicon.js';

/**
 * English nuisances told before a sigh (read.ts `sighs`): "the traffic made me want to die lol", "this zoom is making me
 * want to kms haha", "my commute today, i want to die lol". A sigh after one, in a message that laughs and is not said to
 * be meant ("not joking"), is talk; "i want to die lol" with no nuisance before it stays risk. Only small daily trials:
 * never a loss, a grade, a diagnosis or a person.
 */
export const englishFramesOfMishap: Pick<Lexicon['frames'], 'mishap'> = {
  mishap: [
    'traffic|commute|gridlock|printer|copier|fax|wifi|spreadsheet|spreadsheets|inbox|emails|zoom|zooms|meeting|meetings|paperwork|timesheet|timesheets|queue|line+at|dmv|hangover|heat|humidity|mondays|monday|alarm|leg+day|spin+class|burpees|treadmill|cramps|sunburn|allergies|laundry|dishes|ikea|self-checkout|autocorrect|captcha|password+reset|update|updates|buffering',
    // Shared-space nuisances: "who microwaved fish", "someone ate my leftovers", "the leaf blower at 7am", "a fire drill in the rain".
    'microwaved|microwaving|reheated|reheating|nuked _ fish|salmon|tuna|broccoli|eggs|popcorn|sardines',
    'ate|took|stole|finished _ my _ lunch|leftovers|yogurt|snacks|pizza|oat+milk|creamer',
    'leaf+blower|leafblower|car+alarm|fire+drill|construction+noise|reply+all|reply-all|jackhammer',
    // Screens and waits (branch t-known): "if this loading screen doesnt end", "if the call runs over", "if i'm on hold any longer".
    'loading+screen|loading+bar|load+screen|spinning+wheel|lag|lagging|download|install|this+call|the+call|this+lecture|this+webinar|this+training|this+shift|on+hold|hold+music|wait+time|waiting+room',
  ],
};
