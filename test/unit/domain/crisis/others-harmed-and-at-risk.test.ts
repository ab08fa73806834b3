import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself, in wordings not in the corpus.
const routes = routesBy(patternRouteOf);

describe("the crisis screen reads whose harm it is and someone else's crisis told by those near (harm-lands-on.ts)", () => {
  it('GIVEN harm told of another person, named as the one hurt THEN someone else; the same harm to the writer THEN harm', () => {
    routes.each(
      [
        'the lady from my church group said her son threatened her with a hammer last week',
        'my neighbour told me his brother-in-law threatened him with a bat over the fence',
        "my aunt's boyfriend is really scary, she won't say more",
        'my cousin got SA\'d at a party and only told me tonight',
        'my best friend told me her stepdad threatened to kill her if she tells',
        'la vecina dice que su marido la amenazó con quemarle la casa',
        'mi sobrina tiene 15 y su novio la amenaza con subir sus fotos',
        'una compañera del grupo me mostró los moretones de los brazos',
        'el señor de la visita tiene moretones en la cara y no quiere hablar',
      ],
      'someone-else',
    );
    routes.each(
      [
        'my boyfriend threatened me with a hammer last week',
        'i have to send him a picture every hour of where i am or he screams',
        'tengo miedo, mi pareja tiene un cuchillo y lo saca cuando peleamos',
        'mi novio me amenaza con subir mis fotos',
        'he showed me the bruises he left on my arm and laughed',
        "my roommate's ex blocked the door and wouldn't let me leave",
        "a client's husband showed up at our front desk with a knife asking for the peer who helped her",
      ],
      'harm-from-others',
    );
  });

  it('GIVEN everyday talk in the same shapes THEN nothing', () => {
    routes.each(
      [
        'my sister showed me the bruises on the peaches from the market',
        "my friend's dad is really funny, he does magic tricks",
        'mi sobrina tiene miedo de los perros grandes',
      ],
      'none',
    );
  });

  it('GIVEN a class or a training named as where the person is THEN their crisis is heard; training as the topic THEN nothing', () => {
    routes.each(
      [
        'a boy in my woodshop class said he wants to kill himself and laughed it off',
        'the woman from my first aid training told me her daughter wants to die',
        'my roommate says she wants to die and she quit going to class',
        'one of my students handed me a note after class saying she wants to die',
        'una señora del grupo de duelo me contó que ya no quiere vivir',
      ],
      'someone-else',
    );
    routes.each(
      [
        'in class we practiced asking "are you thinking about killing yourself"',
        'at the training on overdose they showed how to use narcan on someone who took too much',
        'la capacitación de hoy fue sobre cómo preguntar por el suicidio',
      ],
      'none',
    );
  });

  it("GIVEN another person's warning signs: keepsakes and pets handed over, what they won't need, goodbyes sent or posted THEN someone else; the same acts in everyday life THEN nothing", () => {
    routes.each(
      [
        'my grandpa handed me his rosary last night and said to keep it close',
        'a woman from my meeting gave her cats to her sister and has been so calm lately',
        'my coworker keeps saying he wont need his truck after this month',
        'our neighbor gave my dad his fishing rods and his tools out of nowhere',
        'my nephew sent me a voice note saying goodbye and now his phone is off',
        'mi tía anda regalando sus joyas y dice que ya no va a necesitar nada',
        'mi primo anda posteando despedidas en su muro desde el domingo',
      ],
      'someone-else',
    );
    routes.each(
      [
        'my sister gave me her old notes from biology',
        'she wont need her umbrella today, it is sunny',
        'i gave my dog to my mom for the weekend',
        'regalé mi ropa vieja a la iglesia',
        'no voy a necesitar nada para el viaje',
      ],
      'none',
    );
  });

  it('GIVEN abuse long past disclosed to the writer now THEN someone else; a past told as over with how the person is now THEN nothing', () => {
    routes.each(
      [
        'a woman in my recovery group disclosed her older brother abused her as a child, she had never said it out loud',
        'my mentee told me his older cousin abused him when he was little',
        'una señora del grupo me contó que su padrastro abusaba de ella de niña',
        'mi ahijado me confesó que su entrenador abusó de él cuando era chico',
      ],
      'someone-else',
    );
    routes.each(
      [
        'una participante contó que hace dos años su pareja la golpeaba y que ya tiene su propio negocio, dice que está en paz',
        'my client told me she attempted back in 2015 and she has been stable since, now she runs the art group',
      ],
      'none',
    );
  });

  it('GIVEN someone found, or someone else at a high place, while help is on the way THEN someone else; the same words in everyday emergencies THEN nothing', () => {
    routes.each(
      [
        'found my stepdad. paramedics are here',
        'just found him. 911 on speaker',
        'my sponsee is on the railing of the parking garage, mobile crisis is on the way',
        'encontré a mi abuelo. ya llamamos a la ambulancia',
      ],
      'someone-else',
    );
    routes.each(
      [
        'found my keys. ambulance coming for grandma, she broke her hip',
        'he is on the roof fixing the gutter, we called 911 when the ladder slipped',
        'found my mom a new apartment, the welfare check letter came today',
      ],
      'none',
    );
  });

  it("GIVEN someone else's eating-disorder crisis THEN someone else; hunger, a sick baby and a closet purged THEN nothing", () => {
    routes.each(
      [
        'my mentee admitted she throws up after every meal and her hands shake',
        'a guy in my group is starving himself before the weigh-in and almost passed out',
        "my client has bulimia and collapsed in the lobby, she won't let us call anyone",
        'mi sobrina vomita todo lo que come y se está quedando en los huesos',
        'mi compañera de cuarto se está matando de hambre, ya casi no se para',
      ],
      'someone-else',
    );
    routes.each(
      [
        'me muero de hambre, ya quiero comer',
        'purging my closet this weekend before the move',
        'el bebé vomitó toda la leche y ya se durmió',
        'my roommate is starving, we forgot to buy groceries',
      ],
      'none',
    );
  });
});
