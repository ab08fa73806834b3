/**
 * A struggle of recovery kept at (frame `keptAtIt`, notation in ../../patterns.ts; kept-at-it.ts; branch t-en9497): "the cravings
 * still suck but im doing it", "withdrawal is brutal but i'm doing it", "staying sober is hard but im still doing it". The frame
 * spans the struggle named by its recovery word, "but", and the bare "i am doing it" read as intent. A struggle left unnamed
 * ("this is hard but im doing it", "it sucks but im doing it") is no recovery and stays intent.
 */
const struggle = 'craving|cravings|urge|urges|withdrawal|withdrawals|detox|recovery|sobriety|quitting|staying+sober|staying+clean|being+sober|being+clean|the+first+week|the+first+month|day+one|the+shakes|the+itch';

export const keptAtIt: string[] = [
  `${struggle} _ suck|sucks|hard|rough|tough|brutal|awful|hell|exhausting|intense|bad|real|no+joke|killing+me|kicking+my+ass _ ,? but i am|we+are still? doing it|this`,
];
