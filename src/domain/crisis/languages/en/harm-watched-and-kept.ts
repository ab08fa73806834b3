import { inflect } from './inflect.js';

/**
 * Harm from others said sideways, added after the fourteenth fresh batch (notation in ../../patterns.ts; joined to the other
 * harm files by ../en.ts): the writer watched (miles counted, pictures of who they are with demanded), kept from people
 * or chats, locked out or kept from food, cornered or held until they give in, a warning of who to blame if they go quiet,
 * a threat said as advice ("better watch yourself"), a mark covered up after a "disagreement". Each family needs the
 * leverage, the writer's body or the person who does it beside the everyday act.
 */
export const harmWatchedAndKept: Record<string, string[]> = {
  control: [
    // Watched: "he counts the miles on my car so i can't stop anywhere", "send me a pic of who you're with".
    'miles|mileage|odometer|receipts|minutes _ __ so _ i _ can+not|cant|could+not|do+not|never|will+not',
    `${inflect('send want demand')}|demanding|asks+for|asking+for _ me? _ a? _ pic|pics|photo|photos|picture|pictures|selfie|video _ of _ who _ i|you _ am|are|was|were|with|m|re`,
    // Kept from people or chats: "had to leave the group chat, he said it was disrespectful", "can't see my sister because she...".
    'had+to|made+me|makes+me _ leave|quit|delete|block _ the|my _ group+chat|chat|gc|groupchat|instagram|facebook|socials _ __ he|she|because|disrespectful|jealous',
    'can+not|could+not|not+allowed+to|never+allowed+to _ see|talk+to|call|visit|text _ my _ sister|brother|mom|mum|dad|family|friends|parents|best+friend _ because|since _ he|she|they',
    // Money handled and an allowance given: "he handles all the money and i get an allowance".
    'handles|controls|manages|keeps|holds _ all _ the|our|my _ money|finances|accounts|cards|bank _ __ allowance',
    // Passwords changed and the phone taken: "changed my passwords", "takes my phone when i'm in the shower".
    `@agent _ ${inflect('change')} _ my|all+my _ passwords|password|passcode|pin|pins`,
    `@agent _ ${inflect('take:took:taken hide:hid:hidden')} _ my _ phone _ when|while|whenever _ i _ am|sleep|shower|sleeping`,
    // Jealous of a phone that lights up: "he gets weird if my phone lights up".
    'he|she|they|husband|wife|boyfriend|girlfriend|bf|gf|partner _ gets|get|goes _ weird|mad|angry|jealous|crazy|psycho|funny _ if|when|whenever _ my _ phone|texts|messages _ __ lights|light|rings|ring|buzzes|buzz|goes+off',
  ],
  'unsafe-home': [
    // Locked out or kept from food: "he changed the locks", "locks the fridge and doesn't let me eat".
    'he|she|husband|wife|boyfriend|girlfriend|bf|gf|partner|mom|dad|stepdad|stepmom _ is? _ changed|changes|changing _ the _ locks|lock',
    // Kept in: "my uncle watches the door and took my phone", "says i can't leave without asking".
    '@agent _ watches|guards|watching|guarding _ the|my _ door|doors|exit|front+door',
    'i _ can+not|not+allowed+to|never+allowed+to _ leave|go+out|go+anywhere _ without _ asking|permission|telling+him|telling+her|his+permission|her+permission',
    // Things broken in a rage: "he broke the bathroom door this time", "punched a hole in the wall again".
    `@agent _ broke|smashed|punched|kicked|kicked+in|put+a+hole+in|punched+a+hole+in _ the|my|our _ __ door|wall|walls|window|windows _ this+time|again|last+night`,
    '@agent _ locks|locked|padlocks|padlocked _ the _ fridge|pantry|kitchen|food|cabinets|cupboards|refrigerator',
    // "things got physical at home", "can't talk long, he's home".
    'things|it _ got|gets|getting _ physical',
    'can+not|could+not _ talk _ long|now|much _ __ he|she _ is|s _ home|here|back|awake',
    'not _ safe _ here _ tonight|right+now|anymore',
    // Go quiet and blame him: "if i'm ever not at work and not answering, it's probably because of him", "if i go quiet that's why".
    'not+answering|go+quiet|goes+quiet|gone+quiet|disappear|go+missing|not+at+work _ __ because+of+him|because+of+her|because+of+them|it+is+him|it+was+him|blame+him|blame+her',
    'if _ i _ go+quiet|stop+answering|disappear|go+missing _ __ that+is+why|thats+why|that+s+why',
  ],
  'partner-violence': [
    // Held until the writer gives in: "grabbed my wrist and wouldn't let go until i promised".
    'grabbed|grabs|held|holds|holding _ my _ wrist|arm|arms|hair|neck|hand|shoulder _ __ would+not|did+not|will+not _ let+go|let+me+go',
    // Stood in the doorway and did not move: "stood in front of the door and didn't move for an hour".
    'stood|standing|stands|blocked|blocking|blocks _ in+front+of|in _ the|my _ door|doorway|exit _ __ did+not|would+not|will+not _ move|budge',
    // A mark after a "disagreement", covered up: "had a disagreement and i have a split lip", "covering the bruises with makeup".
    'disagreement|argument|fight|fought|argued _ __ split+lip|busted+lip|fat+lip|black+eye|bruise|bruises|bruised',
    'split+lip|busted+lip|fat+lip|black+eye|bruise|bruises|marks _ __ covering|cover|covered|hiding|hide|hid _ __ makeup|lipstick|concealer|foundation|sunglasses|long+sleeves|scarf|turtleneck',
  ],
  threat: [
    // Said as advice or a promise: "you better watch yourself driving home", "next time he won't miss".
    'better _ watch _ yourself|your+back|your+step _ __ driving|walking|going|home|at+night|on+the+way|or',
    'better _ watch _ yourself|your+back',
    'next+time _ he|she|they|i _ will+not|is+not+going+to|am+not+going+to _ miss',
    // Pictures held over someone: "threatens to post stuff if he doesn't", "threatened to leak my pics unless" (old school photos
    // posted for a skipped party are teasing: only what is private, or leaking, counts).
    `${inflect('threaten')}|threatening _ to _ post|share|send _ __ stuff|nudes|naked|private|intimate|explicit|sexual|videos|them _ __ if|unless`,
    `${inflect('threaten')}|threatening _ to _ leak|expose _ __ if|unless`,
  ],
};
