/**
 * English imminent risk told with a wink (branch t-en57; notation in ../../patterns.ts, joined to the other own-risk files by
 * ../en.ts): the means packed and the ending called a show's ("its giving final episode"), the safety plan thrown away beside a
 * day. Each is a hint that composes by ../../hint-weights.ts: the finale beside a means, the plan thrown away beside a day or
 * another act. A show's finale watched, a plan torn up for a new one stay quiet.
 * test/unit/domain/crisis/imminent-told-with-a-wink.test.ts holds each beside its look-alikes.
 */
export const imminentToldWithAWink: Record<string, string[]> = {
  // The ending called a show's, in chat's "it's giving": "its giving final episode", "its giving series finale". Weak as a goodbye
  // is: beside a means it is urgent, beside a time alone ("finale tonight and its giving final episode vibes") it is a show.
  'goodbye-hint': [
    'it+is|its giving _ final|last|series|end _ episode|finale|arc|credits|curtain+call|bow',
  ],
  'plan-hint': [
    // The safety plan thrown away: "ripped up my safety plan", "binned the crisis plan", "deleted my safety plan off my phone".
    // Only the plan itself, right after "my" or "the": "my old safety plan" is thrown away for a new one.
    'ripped|ripping|tore|torn|tearing|binned|trashed|burned|burnt|shredded|deleted|threw+away|threw+out|chucked|scrapped up? my|the safety|crisis plan',
    'safety|crisis _ plan _ is|s? _ in+the+bin|in+the+trash|ripped+up|torn+up|gone|shredded|deleted',
  ],
};
