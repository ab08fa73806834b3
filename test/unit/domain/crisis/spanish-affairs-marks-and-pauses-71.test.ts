import { describe, expect as expectThat, it } from 'vitest';
import { screenText } from '../../../../src/domain/crisis/screen.js';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish affairs handed over, marks seen on others and wishes sighed after a pause (fresh batch 71)', () => {
  // es/affairs-handed-over-and-means-thought-of.ts: a pet or the children entrusted, or thanks said as over, beside a will's
  // place, a passcode or a mail set to explain everything.
  it('GIVEN a pet entrusted or thanks said as over beside a will, a passcode or an explaining mail THEN imminent; each alone, or with a trip THEN nothing', () => {
    expect.each(
      [
        'mi testamento está en el cajón del buró. @marco cuida a mi perro porfa',
        'la contraseña de mi banco es 3321 y el seguro de vida está en la carpeta azul. cuiden a mis hijos',
        'dejé programados unos mensajes pa mañana explicándoles todo. fue un gusto coincidir con ustedes',
        'la clave de mi celular es 0707. encárguense de mi gatita, fue bonito compartir con todos',
      ],
      'imminent',
    );
    expect.each(
      [
        'ya dejé programado el correo con el reporte pa mañana a las 9',
        '@sofi encárgate de mi gato el finde, regreso el lunes',
        'la clave de mi compu es 1234 por si necesitan el archivo',
        'fue un gusto trabajar con ustedes, nos vemos en la próxima capacitación',
        'me voy de vacaciones, la clave de mi laptop es 1234, cuiden a mis plantas',
        'hoy es mi último día. la clave de la compu de recepción es 1234. fue un gusto trabajar con ustedes',
      ],
      'none',
    );
  });

  // The same file: a passing thought of getting a pile of pills or a rope.
  it('GIVEN a passing thought of buying or gathering the means THEN own risk; a thought of buying for a cold, a passing worry, a pile of sweets THEN nothing', () => {
    expect.ownRisk([
      'por un momento pensé en juntar todas mis pastillas y se me hizo un nudo en la panza',
      'se me ocurrió comprar un montón de somníferos, no lo hice',
      'anoche por un instante quise conseguir una cuerda',
      'tuve ganas de comprar cajas de calmantes en la farmacia',
    ]);
    expect.each(['pensé en comprar pastillas pa la gripa', 'por un segundo pensé que se me había olvidado la cartera', 'se me ocurrió comprar un montón de chicles pa la oficina'], 'none');
  });

  // The same file: someone talking as a relative who took their life did before it.
  it('GIVEN someone talking or acting as a relative did before taking their life THEN someone else; a likeness with no death THEN nothing', () => {
    expect.each(
      [
        'mi hermano anda como mi papá antes de que se matara',
        'mi abuelo se colgó cuando yo era niña y ahora mi tía dice cosas igualito que él antes',
        'mi primo se suicidó en marzo y su hermano ya está igual que él antes, no sé qué hacer',
        'mi amiga habla igual que su mamá antes de que se quitara la vida',
      ],
      'someone-else',
    );
    expect.each(['mi hija habla igualito que su papá', 'ya camina igual que antes del accidente', 'mi sobrino anda como su abuelo antes de jubilarse, puro chisme'], 'none');
  });

  // harm-lands-on.ts marksSeenOnOther: marks seen on someone named as the seeing's object are that person's.
  it('GIVEN bruises the writer saw on someone named as the object THEN someone else; the writer\'s own bruises THEN harm', () => {
    expect.each(['hoy la vi con moretones en los brazos, qué hago?', 'vi a mi vecina con moretones en la cara', 'le vi moretones en el cuello a mi compañera de cuarto', 'lo vi con golpes en la espalda después de la visita con su papá'], 'someone-else');
    expect.each(['tengo moretones en los brazos por lo que me hizo', 'mi novio me pegó y hoy me vi con moretones', 'me dejó moretones en los brazos otra vez'], 'harm-from-others');
  });

  // narrowed-after-pause.ts sighedAtAfterPause: a bare wish closed by "..." then the nuisance opening the next sentence.
  it('GIVEN a bare wish, a pause, then the nuisance or the feeling THEN nothing; a pause then pain, a life or a means THEN own risk', () => {
    expect.each(['no quiero vivir así... con este internet de la oficina', 'me quiero morir... de la vergüenza', 'no quiero vivir así... con este calor', 'ya me quiero morir... del sueño que tengo'], 'none');
    expect.ownRisk(['no quiero vivir así... con tanto dolor', 'me quiero morir... con esta vida que llevo', 'no quiero vivir así... con estas pastillas en la mano']);
  });

  // es/frames.ts idiom: a duty of the job named the next day after the wish.
  it('GIVEN "me quiero morir" then a job duty tomorrow THEN nothing; a wish then an appointment with a psychiatrist and no words THEN own risk', () => {
    expect.each(['me quiero morir, mañana me toca la auditoría de los casos', 'me quiero morir, el lunes hay inventario', 'quiero morirme, mañana tengo reporte trimestral', 'me quiero morir, pasado mañana nos toca supervisión'], 'none');
    expect.ownRisk(['me quiero morir. mañana tengo cita con el psiquiatra y no sé qué decirle', 'me quiero morir, ya no aguanto esta vida']);
  });

  // es/everyday-doses-farewells-and-laughs.ts medicineKept: the week's doses sorted for a parent.
  it('GIVEN a parent\'s pills sorted into the weekly organizer THEN nothing; pills kept for tonight THEN imminent', () => {
    expect.each(
      [
        'ya guardé las pastillas de la presión de mi mamá en el organizador semanal',
        'guardé las pastillas del abuelo en el dosificador',
        'acomodé las pastillas de mi papá en el pastillero semanal',
        'mi tía junta sus pastillas del azúcar en una cajita con los días',
        'le acomodé a mi abuelo las pastillas en la cajita de los días de la semana',
      ],
      'none',
    );
    expect.each(['guardé las pastillas y esta noche me las tomo todas', 'junté todas mis pastillas en una caja y esta noche me las tomo'], 'imminent');
  });

  // asked-and-denied.ts: a screening question answered no tells the learned opinion, which would read its words as a disclosure.
  it('GIVEN a screening question answered no THEN the learned opinion is told (going-explained); an answer taken back or a means beside it THEN own risk', () => {
    for (const text of [
      'el bot de bienestar me preguntó si tengo ideas de hacerme daño y le dije que no, solo sueño',
      'la enfermera me preguntó si pensaba en suicidarme y le dije que no, estoy bien',
      'mi terapeuta me preguntó si tenía pensamientos de muerte y le dije que no',
    ]) {
      const screen = screenText(text);
      expectThat(screen.concepts, text).toContain('going-explained');
      expectThat(screen.route ?? 'none', text).toBe('none');
    }
    expect.ownRisk(['la doctora me preguntó si pensaba en suicidarme y le dije que no, pero la verdad sí', 'me preguntó si quería morir y le dije que no. mentí', 'la enfermera me preguntó si tenía ideas de muerte, le dije que no, pero ya tengo las pastillas juntadas']);
  });

  // read.ts with hyperbole.ts blowOnlyOwnAct: "me pego un tiro" is also read as "me pegó"; set aside with the act it is.
  it('GIVEN a shot the writer would give themself over a nuisance, taken back THEN nothing; a blow from someone, or the shot said plainly THEN kept', () => {
    expect.each(['si boca pierde el domingo me pego un tiro jaja mentira, pero qué bronca', 'si river no gana el clásico me pego un tiro jajaja no, pero qué rabia', 'si el auditor vuelve a pedir las notas me pego un tiro, obvio es broma'], 'none');
    expect.each(['si me vuelve a pegar me pego un tiro jaja mentira', 'mi novio me pegó anoche otra vez', 'mi suegra me pegó una cachetada'], 'harm-from-others');
    expect.ownRisk(['me pego un tiro', 'ya no aguanto, me pego un tiro esta noche']);
  });

  // es/everyday-pauses-figures-and-funerals.ts deedCalledSuicide: a nuisance "como pa pegarse un tiro", impersonal.
  it('GIVEN a nuisance said to be "como pa pegarse un tiro" THEN nothing; a person so, or the writer\'s own "me" THEN kept', () => {
    expect.each(['la fila del seguro está como pa pegarse un tiro', 'la junta de hoy estuvo como para colgarse', 'el final de la novela estuvo como pa pegarse un tiro', 'el tráfico del viernes se puso como pa matarse jaja'], 'none');
    expect.each(['mi hermano está como pa pegarse un tiro, no sale de su cuarto'], 'someone-else');
    expect.ownRisk(['estoy como pa pegarme un tiro', 'ando como para matarme, ya no puedo']);
  });

  // narrowed-after-pause.ts: a bearing no more closed by "..." then the nuisance; a going to God narrowed to the service.
  it('GIVEN "ya no aguanto más..." then the nuisance, or a going to God narrowed to church THEN nothing; then a life, a pain or a person THEN own risk', () => {
    expect.each(['ya no aguanto más... este calor de julio', 'ya no puedo más... con este tráfico', 'ya no aguanto más... de la vergüenza, me vio todo el salón', 'ya me quiero ir con Dios... a misa, digo, que hoy no fui'], 'none');
    expect.ownRisk(['ya no aguanto más... esta vida', 'ya no aguanto más... con este dolor', 'ya me quiero ir con Dios... ya no puedo']);
  });

  // es/everyday-blunders-chores-and-bets.ts seenAfterSigh: caught at something silly, or a party clip seen, right after the wish.
  it('GIVEN "me quiero morir" then the writer caught at something silly or a party clip seen THEN nothing; cuts seen, private photos spread THEN own risk', () => {
    expect.each(['me quiero morir, mi suegra me cachó en pijama a las 2 de la tarde', 'me quiero morir, la coordi me vio cantando sola en el elevador', 'me quiero morir, las fotos del karaoke ya las vieron todos', 'ay me quiero morir, el video de la posada ya lo vio mi jefa jaja'], 'none');
    expect.ownRisk(['me quiero morir, mi mamá me vio las cortadas', 'me quiero morir, las fotos que le mandé a mi ex ya las vio todo el mundo', 'me quiero morir, mi papá me vio llorando y no le pude explicar']);
  });

  // clauses.ts stateBarrier, es.ts barrierStates: "no estoy pa(ra)" carries its negation through "para".
  it('GIVEN "no estoy pa morirme" (not about to die) THEN nothing; "estoy para morirme", "no duermo para morirme" THEN own risk', () => {
    expect.each(['tranquila, no estoy pa morirme, nomás desvelada', 'no estoy para matarme por un reporte', 'no ando pa morirme, solo cansado', 'ya sé que me veo mal pero no estoy para morirme'], 'none');
    expect.ownRisk(['estoy para morirme', 'no estoy bien, estoy para morirme', 'no duermo para morirme']);
  });

  // es/own-risk.ts: "acabar con todo" with only adverbs between; a thing finished "con todo" (with everything) is no ending.
  it('GIVEN "acabar (ya, de una vez) con todo" THEN own risk; a program or a task finished "con todo" THEN nothing', () => {
    expect.ownRisk(['quiero acabar ya con todo', 'quiero terminar de una vez con todo esto', 'ya quiero acabar de una vez por todas con mi vida', 'mejor acabo por fin con todo']);
    expect.each(['el muchacho terminó el taller con todo y diploma', 'terminé la tarea con todo y dibujos', 'acabó la carrera con todo y honores'], 'none');
  });
});

