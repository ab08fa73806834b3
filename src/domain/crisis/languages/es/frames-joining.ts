import type { Lexicon } from '../../lexicon.js';

/**
 * Spanish frames of joining someone who has died (joining-the-dead.ts): the wish to be with them ("me quiero ir con él",
 * "quisiera estar con mi mamá") and the death told ("mi hermano murió", "desde que se mató", "perdí a mi hijo"). A grave,
 * a pantheon or ashes make it a visit. Written unaccented, as the tokens are normalised.
 */
const kin = 'mama|mami|madre|papa|papi|padre|abuela|abuelita|abuelo|abuelito|hijo|hija|bebe|esposo|esposa|hermano|hermana|hermanito|hermanita|mejor+amigo|mejor+amiga|amigo|amiga|novio|novia|carnal|compa';
const wished = 'quiero|quisiera|queria|ojala|deseo|quiero+ya';
const beWith = 'irme|ir|estar|reunirme|juntarme';

export const spanishFramesOfJoining: Pick<Lexicon['frames'], 'rejoinWished' | 'rejoinKinWished' | 'lostOne' | 'lostOneByPronoun' | 'grave'> = {
  rejoinWished: [`${wished} _ ${beWith} _ con _ el|ella|ellos`, `${wished} _ ${beWith} _ contigo`],
  rejoinKinWished: [`${wished} _ ${beWith} _ con _ mi _ ${kin}`],
  lostOne: [
    `${kin} _ murio|fallecio|se+murio|se+mato|se+suicido|se+quito+la+vida|se+sobredosis`,
    `perdi|perdimos _ a _ mi _ ${kin}`,
    'desde _ que _ murio|fallecio|se+murio|se+mato|se+fue+al+cielo',
    `mi _ difunto|difunta _ ${kin}`,
  ],
  lostOneByPronoun: ['el|ella _ murio|fallecio|se+murio|se+mato|esta+muerto|esta+muerta|esta+en+el+cielo'],
  grave: ['tumba|tumbas|panteon|cementerio|camposanto|lapida|cenizas|urna|nicho|misa|novenario|rosario'],
};
