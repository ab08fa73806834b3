/**
 * Spanish harm from others: thrown out of home by family, and abuse told and punished (notation in ../../patterns.ts; joined by
 * ../es.ts): "me quedé sin techo porque mi mamá me echó", "mi papá me corrió de la casa cuando le conté", "su pareja me tocó y yo
 * hablé", "mi padrastro me manoseaba y nadie me creyó". Not safe where they live (unsafe-home) and sexual abuse told by what
 * followed the telling. Never read: "me tocó el turno", "me echaron del trabajo", "mi mamá me sacó de la cocina", "su pareja me tocó
 * el hombro para saludarme" (nothing told after it).
 */
const thrownOut = 'echo|echaron|corrio|corrieron|saco|sacaron|boto|botaron|corrió|hecho';
const kin = 'mama|papa|madre|padre|padrastro|madrastra|familia|jefa|viejo|vieja|abuela|abuelo|tia|tio|pareja|esposo|marido|novio|suegra|suegro|papas|padres';
const abuser = 'pareja|novio|esposo|marido|padrastro|tio|primo|abuelo|cunado|suegro|jefe|patron|vecino|hermanastro';

export const harmThrownOutAfterTelling: Record<string, string[]> = {
  'unsafe-home': [
    // Homeless because family threw the writer out: "me quedé sin techo porque mi mamá me echó".
    `quede|estoy|ando|vivo|quedamos _ sin+techo|en+la+calle|sin+donde+vivir|sin+casa|sin+hogar __ porque|desde+que|cuando|ya+que _ mi|mis|su|sus? _ ${kin} _ me _ ${thrownOut}`,
    `quede|estoy|ando|vivo|quedamos _ sin+techo|en+la+calle|sin+donde+vivir|sin+casa|sin+hogar __ porque|desde+que|cuando|ya+que _ me _ ${thrownOut}`,
    // Thrown out for telling: "mi papá me corrió de la casa cuando le conté", "me echó después de que hablé".
    `${kin} _ me _ ${thrownOut} _ de+la+casa|de+casa|a+la+calle? __ porque|cuando|despues+de+que|por _ le? _ conte|dije|hable|denuncie|contar|decir|hablar|denunciar`,
  ],
  'sexual-assault': [
    // Touched, and the telling: "su pareja me tocó y yo hablé", "mi padrastro me manoseaba y nadie me creyó".
    `${abuser} _ me _ toco|tocaba|manoseo|manoseaba|sobaba|soba|toca|manosea ,? y|pero _ yo? _ hable|conte|lo+conte|lo+dije|le+dije|nadie+me+creyo|no+me+creyeron|no+me+creyo|me+echo|me+echaron|me+corrio`,
  ],
};
