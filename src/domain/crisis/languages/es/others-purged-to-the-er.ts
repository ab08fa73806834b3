/**
 * Someone else's body giving out from an eating disorder, in Spanish (batch 107; notation in ../../patterns.ts, joined by
 * ../es.ts): someone in the emergency room or the ICU for purging or not eating ("mi hermana está otra vez en urgencias por
 * purgarse", "la ingresaron en la UCI por la anorexia"), her potassium or her heart failing from it ("se le bajó el potasio
 * de tanto vomitar"). The third-person "se" ("por purgarse", read "por se purgar") names someone else; the writer's own
 * "por purgarme" is not read here.
 */
const cause = 'purgarse|purgandose|se+purga|se+purgar|se+provocar+el+vomito|provocarse+el+vomito|vomitar|no+comer|dejar+de+comer|los+laxantes|laxantes|la+anorexia|la+bulimia|su+tca|el+tca|su+trastorno';
const place = 'urgencias|urgencia|emergencias|emergencia|la+uci|uci|terapia+intensiva|cuidados+intensivos|el+hospital|hospital|la+guardia';

export const othersPurgedToTheErEs: Record<string, string[]> = {
  'other-self-harm': [
    // "está otra vez en urgencias por purgarse", "la internaron en terapia intensiva por la anorexia".
    `esta|estuvo|sigue|acabo|termino|ingreso|ingresaron|internaron|llevaron|la+llevamos|lo+llevamos _ __ en|a _ ${place} _ __ por|de|tras|despues+de _ tanto? _ ${cause}`,
    // "se le bajó el potasio de tanto vomitar", "se le paró el corazón por los laxantes".
    `se le _ bajo|desplomo|paro|detuvo|fallo _ el _ potasio|corazon|pulso|sodio _ __ por|de|tras _ tanto? _ ${cause}`,
  ],
};
