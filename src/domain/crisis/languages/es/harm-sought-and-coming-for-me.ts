/**
 * Central American and norteño Spanish for the writer hunted (fresh batch 105; notation in ../../patterns.ts). Joined to the
 * Spanish concepts by ../es.ts.
 */

/** Out of prison, as said from Mexico to Nicaragua: "salió del bote", "lo soltaron del tambo", "salió de la peni". */
const prisons = 'bote|carcel|tambo|penal|peni|penitenciaria|reclusorio|cana|prision|cereso|cefereso|centro+penal|bartolina';
const comingForMe = 'viene+por+mi|vienen+por+mi|va+a+venir+por+mi|van+a+venir+por+mi|me+anda+buscando|me+andan+buscando|anda+preguntando+por+mi|andan+preguntando+por+mi|me+va+a+buscar|me+van+a+buscar|me+va+a+caer|me+va+a+llegar|viene+a+buscarme|me+viene+a+buscar';
/** Those whose seeking is menace: gangs, cartels, loan sharks, the one owed. Not family, a boss or the bank. */
const menace = 'al+que+le+debo|a+quien+le+debo|los+que+les+debo|a+los+que+les+debo|la+mara|los+de+la+mara|mareros|los+mareros|pandilleros|los+pandilleros|la+pandilla|la+clica|los+de+la+clica|sicarios|los+sicarios|prestamista|el+prestamista|los+prestamistas|gota+a+gota|los+del+cartel|la+maña|los+de+la+maña|los+de+la+plaza|los+contras|los+de+la+18|los+de+la+ms';

/** The men of a shooting, said back: "los mismos", "esos", "unos vatos" (not "mi mamá anda preguntando por mi hermano"). */
const sameMen = 'los+mismos|esos|ellos|unos+tipos|unos+vatos|unos+batos|los+tipos|los+vatos|los+batos|los+que+fueron|los+que+lo+hicieron|los+muchachos';

export const harmSoughtAndComingForMe: Record<string, string[]> = {
  threat: [
    /**
     * An ex or a gang coming for the writer, often sent through others: "mi ex salió del bote y ya me mandó a decir que viene
     * por mí", "los mareros andan preguntando por mí". "mi mamá viene por mí a la escuela" names no one who menaces, and
     * "viene por los niños" is a hand-over, not the writer.
     */
    `salio|salieron|sale|soltaron|saliendo|salga del|de+la|de+el ${prisons} __ _ ${comingForMe}`,
    `ex|exnovio|exnovia|exmarido|exesposo|exesposa|expareja|exmujer __ mando+a+decir|mandaron+a+decir|mando+decir|manda+a+decir|mando+avisar|mando+razon _ que _ ${comingForMe}`,
    `${menace} __ ${comingForMe}|fue+a+mi+casa|fueron+a+mi+casa|fue+a+la+casa|fueron+a+la+casa|llegaron+a+mi+casa|llegaron+a+la+casa|fueron+a+buscarme|fue+a+buscarme`,
    `me anda|andan buscando __ ${menace}`,
    /** Shooting or a killing next door, then the same men asking after the writer: "balacearon la casa de al lado y los mismos andan preguntando por mí". */
    `balacearon|rafaguearon|levantaron|tirotearon|le+dispararon __ _ ${sameMen} _ preguntando|preguntaron|buscando|buscaron por mi`,
    `balacearon|rafaguearon|levantaron|tirotearon|le+dispararon __ _ me ${sameMen}? andan|anda|estan|vinieron buscando|a+buscar`,
  ],
};
