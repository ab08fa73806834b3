/**
 * Spanish harm at home told by recovery peers (batch 107; notation in ../../patterns.ts, joined by ../es.ts): home said to be
 * unsafe with the place first ("en casa no me siento segura", beside the older "no estoy segura en casa"), things thrown at the
 * writer ("mi padrastro me tira cosas cuando no como rápido"), and being thrown out of home as a threat with its condition
 * ("dice que me echa de casa si bajo de peso"). "No estoy segura" alone is "I'm not sure" and stays out; "me tiro" with no
 * thing thrown is the writer's own act, left to the own-risk files.
 */
export const harmAtHomeOverFood: Record<string, string[]> = {
  'unsafe-home': [
    // "estoy segura" is left out here: "en casa no estoy segura de qué hacer" is "not sure".
    'en _ casa|mi+casa|la+casa _ no _ me+siento+segura|me+siento+seguro|estoy+a+salvo|me+siento+a+salvo',
  ],
  'partner-violence': [
    'me _ tira|tiro|tiraba|avienta|avento|aventaba|lanza|lanzo|lanzaba|arroja|arrojo _ cosas|platos|objetos|el+plato|zapatos|botellas|vasos',
  ],
  threat: [
    'me _ echa|echara|va+a+echar|corre|correra|va+a+correr|saca|va+a+sacar|corren|echan|van+a+echar|van+a+correr _ de _ casa|la+casa|mi+casa _ si',
  ],
};
