/**
 * The writer's own wish to be dead said as wanting an illness or the body to finish them, in Spanish (batch 107; notation in
 * ../../patterns.ts, joined by ../es.ts): "ojalá el TCA acabe conmigo", "ojalá la anorexia me mate", "quisiera que mi corazón
 * se rindiera". The illness or the body is the doer; "ojalá esta semana acabe ya" names no "conmigo" and stays a sigh, and
 * "ojalá el tca acabe y pueda comer normal" wishes the illness gone, not the writer.
 */
const illness = 'tca|trastorno|anorexia|bulimia|enfermedad|ed|corazon|cuerpo|depresion|cancer|atracon|atracones';

export const ownWishedFinishedOffEs: Record<string, string[]> = {
  'wish-dead': [
    // "ojalá el TCA acabe conmigo", "quisiera que la anorexia acabara conmigo de una vez".
    `ojala|quisiera+que|ojala+que|ojala+y|rezo+para+que|pido+que _ el|la|mi|este|esta _ ${illness} _ ya? _ acabe|acabara|termine|terminara|pueda _ conmigo`,
    // "ojalá la anorexia me mate", "ojalá mi corazón se pare".
    `ojala|quisiera+que|ojala+que|ojala+y _ el|la|mi _ ${illness} _ me _ mate|matara|lleve|llevara`,
    `ojala|quisiera+que|ojala+que|ojala+y _ mi|el _ corazon|cuerpo _ se? _ pare|parara|rinda|rindiera|detenga|detuviera|falle|fallara`,
  ],
};
