/**
 * Someone else's crisis a teenager or a friend tells, added after the twenty-ninth fresh batch had gone unread (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts): a goodbye before logging off or as the last message,
 * a friend locked in a bathroom saying she will do it, a parent's gun taken out "just to look", a pet handed over "if
 * anything happens", wanting to be with someone who died, not caring whether she wakes up, a server that lost someone, an
 * older relative saving pills or handing a dog over for good, bruises explained by a "strict" parent. Each names the friend, so the writer's own words stay with the own-risk files.
 */
export const othersToldByFriendsOnline: Record<string, string[]> = {
  'other-disclosure': [
    'last _ message|msg|text|post _ was _ basically|like|kind+of|sort+of? _ a _ goodbye',
    'says|said _ tell _ everyone|everybody|my+mom|my+family _ __ sorry _ __ logs+off|logged+off|left|went+offline|log+off',
    'you|u _ will+not|wont _ have _ to _ deal _ with _ me _ much|for+much _ longer',
    'got|gets|took|takes|getting|taking _ his|her|their _ dads|moms|fathers|parents|grandpas|uncles _ gun|pistol|rifle _ out',
    'made _ me _ promise _ to _ take+care+of|look+after|feed|keep _ her|his|their _ cat|dog|pet|kids|stuff _ if _ anything|something _ happens',
    'wants|want|wanted _ to _ be _ with _ her|his|their _ brother|sister|mom|dad|grandma|grandpa|friend|boyfriend|girlfriend _ who _ died|passed',
    'does+not|doesnt|dont|do+not _ care _ if _ she|he|they _ wakes+up|wake+up|lives|dies|makes+it',
    'bestie|bff|friend|sister|brother|cousin _ has|have _ been _ cutting|burning+herself|burning+himself|hurting+herself|hurting+himself',
    // Harm told of her or him, where no verb stands before the pronoun for whose.ts to read: "her nudes got leaked", "throws things at her".
    'her|his|their _ nudes|nude|pics|pictures _ __ leaked|got+leaked|going+around|are+going+around|being+passed|being+shared',
    'throws|threw|throwing|spits|spit|spat _ things|stuff|plates|shit|on|at _ at? _ her|him|them',
    "threatened|threatening|threatens|threaten _ to _ kick|throw _ her|him|them _ out",
    'sending|send|sent|sends _ her|him|them _ to _ one+of+those|conversion|a _ camp|camps|conversion+therapy',
    'adult|man|guy|stranger|teacher|coach|yo _ __ asking|asks|asked _ her|him|them _ for _ pics|nudes|nude|photos|pictures',
    'lock|locks|locked|locking _ her|him|them _ outside|out _ when|if|all+night|overnight|whenever|in+the+cold',
    // An older relative or neighbour: pills hidden under the tongue and saved, a dog handed over for good, a carer taking the money.
    'hiding|saving|stockpiling|hoarding|keeping _ his|her|their _ pills|meds|medication|pain+pills',
    'look+after|take+care+of|keep _ his|her|their _ dog|cat|pet _ for+good|forever|permanently',
    'taking|took|takes _ money _ out _ of _ his|her|their _ account',
    'plans|planning|plan|going _ to _ take _ her|his|their _ own _ life',
    'ready _ to _ eat _ his|her|their _ gun',
    'asked|asks _ me _ to _ help _ him|her|them _ die',
    'sent|texted|messaged _ me _ __ tell _ my _ kids|wife|daughter|son|family|mom _ i _ love|loved',
    'posted|sent _ something|a+message|a+post _ __ like|reads+like _ a _ goodbye',
    'bruises|marks|a+black+eye _ and _ says|said _ her|his|their _ dad|mom|stepdad|stepmom|parents|boyfriend _ is|s|are _ just|only _ strict|mad|like+that|stressed',
  ],
  'other-attempt': ['locked _ in _ the|a|her|his _ bathroom|room|car _ and _ says|said|saying _ she|he|they _ is|s|are _ going+to|gonna _ do+it|end+it'],
  'other-death': ['our _ server|discord|guild|clan|group|class|school|team _ lost _ someone|somebody|a+member|another|one'],
};
