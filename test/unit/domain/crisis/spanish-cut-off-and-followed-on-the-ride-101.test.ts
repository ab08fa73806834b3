import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish harm told as a device taken to cut the writer off and a stranger following on the ride (fresh batch 101)', () => {
  // es/harm-cut-off-and-followed-for-days.ts control
  it('GIVEN a partner taking or hiding the writer\'s computer or phone so they talk to no one THEN harm-from-others', () => {
    expect.each(
      [
        'mi novio me quitó la compu porque dice que chateo mucho con mis amigas',
        'mi esposo me escondió el computador para que no hable con el grupo',
        'mi marido me quita la laptop porque dizque hablo mucho con mi familia',
        'mi pareja me rompió la tablet pa que no me comunique con nadie',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a child taking a tablet to play or a husband borrowing the computer for his work THEN nothing', () => {
    expect.each(['mi hijo me quitó la tablet para jugar', 'mi esposo me quitó el computador para hacer su tarea', 'le presté la compu a mi hermana porque la suya se dañó'], 'none');
  });

  // es/harm-cut-off-and-followed-for-days.ts stalking, and followedOnTheRide in es/frames.ts
  it('GIVEN a stranger following the writer on the metro, the bus or the buseta for days THEN harm-from-others', () => {
    expect.each(
      [
        'un tipo me sigue en la buseta hace días',
        'un señor me sigue en el transmilenio hace semanas',
        'ese man me está siguiendo en el metropolitano todas las mañanas',
        'un hombre me sigue en el metro, hoy se bajó en mi estación',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a dog following the writer at home, a bus followed to its stop or the writer still on the metro THEN nothing', () => {
    expect.each(['mi perro me sigue en la casa todo el día', 'seguimos al bus hasta la parada', 'sigo en el metro, ya casi llego'], 'none');
  });
});
