import { inflect } from './inflect.js';

/**
 * Harm from others told by its signs (branch t-imm55; notation in ../../patterns.ts, joined to the other harm files by
 * ../en.ts): the writer names what the harm leaves behind rather than the harm. A new mark and the same story again ("new
 * bruise, same story about the cabinet door"); a flood of messages when the writer goes quiet and the demand to know where
 * and with whom; help cut off under threat ("can't talk to my therapist about family stuff or i'm out") and a journal read;
 * someone at home who listens to everything, so the writer cannot join. Each family needs the repetition, the leverage or the
 * person beside the everyday act: a bruise from a sport, a partner who listens kindly, a parent who texts once stay quiet.
 * test/unit/domain/crisis/harm-told-by-its-signs.test.ts holds each family beside its look-alikes.
 */
export const harmToldByItsSigns: Record<string, string[]> = {
  'partner-violence': [
    // A mark and the story told again: "new bruise, same story about the cabinet door", "another black eye, the usual excuse".
    'new|another|fresh|more _ bruise|bruises|black+eye|mark|marks|welt|welts|cut|split+lip ,? _ same|usual|the+usual|another|same+old _ story|excuse|lie|explanation about|for',
    'same|usual|same+old _ story|excuse|lie _ about|for _ the _ cabinet|cabinet+door|door|doorframe|stairs|steps|counter|table|bathtub|tub|shower|fridge _ door?',
  ],
  control: [
    // Messages that flood in when the writer goes quiet: "i get like 40 texts if i dont answer in 10 min".
    'texts|calls|messages|missed+calls _ if|when|whenever|the+second _ i _ do+not|dont|dnt|cant|can+not _ answer|reply|respond|pick+up _ in|within|for|right+away|fast',
    // Where and with whom, asked as a demand: "'where are you who are you with'".
    `where+are+you|where+r+u|where+are+u|where+you+at|wya _ ,? "?'? who+are+you+with|who+r+u+with|who+you+with|who+is+with+you|whos+with+you|who+are+u+with`,
    // Help cut off under threat: "says i cant talk to my therapist about family stuff or i'm out".
    'can+not|cant|not+allowed+to|never+allowed+to|wont+let+me|will+not+let+me _ talk|speak|tell _ to|with? _ my? _ therapist|counselor|counsellor|doctor|school+counselor|teacher|social+worker _ __ or _ i+am|im|i+will+be|ill+be|she+will|he+will _ out|kicked+out|on+the+street|grounded|done+for',
    // A journal or a diary read by family or a partner: "she reads my journal too", "he goes through my diary" (a therapist reading
    // it in session is care).
    `he|she|they|mom|mum|mother|dad|father|stepdad|stepmom|husband|wife|boyfriend|girlfriend|bf|gf|partner|ex _ ${inflect('read:read')}|goes+through|went+through|checks|searches _ my _ journal|diary|notebook|notes+app`,
    // Someone at home who listens to everything, so the writer cannot join: "cant come to the zoom, he's home and he listens".
    'can+not|cant|cannot|could+not|couldnt _ __ ,? he|she|they _ is|s|are|home _ home|here|around|back|in _ __ listens|listening|listen|hears|monitors|records|eavesdrops _ to? _ everything|every+word|all+of+it|my+calls|every+call',
  ],
};
