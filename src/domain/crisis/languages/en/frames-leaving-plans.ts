/**
 * Everyday plans told in the words of leaving, read by the leaving frame (notation in ../../patterns.ts; joined to `leaving`
 * in frames.ts). A leaving frame explains goodbyes, finality, absence, things handed over and last words in the message,
 * never a means still at hand ("flying out saturday, wont be coming back. pills are packed" keeps its pills).
 */

/**
 * The far side of something bounded, got through and come back from: "see you on the other side of this weekend", "catch you on
 * the other side of my surgery", "on the other side of finals". A bare "see you on the other side" names nothing to get through.
 */
export const spanGotThrough: string[] = [
  'other+side of _ this|the|my|our|these|that _ weekend|week|month|semester|quarter|move|exam|exams|finals|midterms|surgery|procedure|deadline|shift|shifts|holidays|audit|trip|conference|launch|wedding|party|parties|storm|flight|chaos|madness|rush|crunch|renovation|inspection|season',
  'other+side of finals|midterms|exams|surgery|christmas|thanksgiving|tax+season|the+holidays|moving+day|inventory',
];

/**
 * A trip for an occasion: "flying out saturday night for my cousins wedding", "driving up for my sisters graduation", "going to a
 * wedding out of town". The occasions are others' celebrations, never a funeral (the writer's own may be meant).
 */
export const tripsForAnOccasion: string[] = [
  'flying|fly|flight|driving|drive|heading|headed|going|traveling|travelling|road+trip|out+of+town _ __ for|to _ a|the|my|our? _ __ wedding|weddings|reunion|graduation|bachelorette|bachelor+party|baby+shower|bridal+shower|quinceanera|bar+mitzvah|bat+mitzvah|christening|baptism|birthday+party|tournament',
  // A flight or a drive home to the living: "flying home to see my folks", "driving back home to visit the family" (branch t-en64).
  'flying|flight|driving|drive|fly _ home|back+home _ to _ see|visit _ my|the _ folks|parents|family|fam',
];

/**
 * A shift handed over: "anyone wanna take my sunday shift?", "can someone cover my friday shift", "swap shifts next tuesday":
 * the writer is away from work, not giving things away ("anyone want my guitar" stays a giving).
 */
export const shiftsHandedOver: string[] = [
  'take|cover|covering|swap|swapping|trade|trading|pick+up|grab _ my|a _ __ shift|shifts|on-call|on+call|rotation',
  // Shifts offered in a question: "anyone want my extra shifts this weekend?" (branch t-en104).
  'anyone|anybody|who _ want|wants|wanna|need|needs _ my|a|some _ extra|overtime|ot|weekend|night|day? _ shift|shifts',
  'swap|trade|switch _ shifts|days',
];

/**
 * A chat moved elsewhere: "final goodbye from the old channel, everybody move over to #new", "we moved everything to the new
 * server" (a goodbye to a channel is the channel's).
 */
export const channelsMoved: string[] = [
  'move|moving|moved|head|heading|come _ over|everything|all _ to _ the|our? _ new _ channel|server|workspace|slack|discord|group|chat|groupchat|group+chat|forum|app|platform',
  'move|moving|moved|head|heading|come _ over _ to _ #*',
  // "moving everyone to discord" (branch t-en104).
  'move|moving|moved _ everyone|everybody|us|y+all|the+chat _ to|over+to _ the? _ discord|slack|signal|whatsapp|groupme|telegram',
];

/**
 * A move inside the service: "transferring to station 3", "bid over to medic 12", "moving to B shift at the north house": the
 * locker cleaned out and the goodbye are the station's (branch t-en104).
 */
export const stationsTransferred: string[] = [
  'transfer|transferring|transferred|moving|bid|bidding|bumped|detailed|reassigned _ over? _ to _ station|house|precinct|district|battalion|medic|engine|ladder|truck|squad|rescue|a+shift|b+shift|c+shift|days|nights|dispatch|the+academy',
];

/**
 * A medical leave told by its length or its recovery: "surgery tuesday, out 2 wks", "off for six weeks after my knee", "on
 * medical leave till march", "recovering from the op": notes and a caseload handed over for it are a cover, not a goodbye.
 */
export const medicalLeave: string[] = [
  'surgery|operation|procedure|op|c-section|replacement|biopsy|colonoscopy|scope _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next|on|this|is+on|is+scheduled|scheduled|booked',
  'out|off _ for? _ a|1*|2*|3*|4*|5*|6*|7*|8*|one|two|three|four|five|six|eight|few|couple _ of? _ wk|wks|week|weeks|days|months|mo|mos',
  'medical+leave|sick+leave|fmla|short-term+disability|short+term+disability|post-op|postop|recovering+from|recovery+time',
];
