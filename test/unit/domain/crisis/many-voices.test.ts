import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself, in wordings not in the corpus.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads harm and someone else\'s crisis in many voices (languages/en/harm-in-many-voices.ts, others-in-many-voices.ts; languages/es/harm-papers-and-patrones.ts, others-told-plainly.ts)', () => {
  it("GIVEN a threat with its condition, a beating said regionally, being found again or held for sex or papers THEN harm; the same words in everyday talk THEN nothing", () => {
    routes.each(
      [
        "my ex told me i'm dead the minute he sees me again",
        "her brother texted that i'd be next if i talk to the cops",
        "he strangled me till i blacked out and said next time he won't stop",
        "the girls at school said they're bringing a blade tomorrow",
        "the man at the gas station yelled he's coming for me",
        "my foreman says if i report the injury i'm fired",
        "he said if i leave he's keeping the kids",
        "she swears she will burn my trailer if i don't pay her back",
        'somebody left a noose on my truck at the job site',
        'he sharpens his knife at the table staring at me',
        'my uncle pulled a machete on me over the goats',
        "they shot up my auntie's house where i sleep",
        'my husband box me up again last night',
        'two guys jumped me outside the bar after my shift',
        'three guys took my wallet and broke my jaw',
        'my sir is beating us when the work is slow',
        "he threw my mom through the screen door and i'm hiding in the closet with my baby sister",
        'he tracked me down again, new town and all',
        "my ex found out where i'm living now",
        'a man has been waiting by the gate every time i get off work',
        'this truck been following me for six blocks',
        "the landlord's son keeps coming into my room at night while i sleep",
        'he keeps making new accounts to message me',
        "my landlord says if i don't sleep with him he'll throw me out",
        'my employer took my passport',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        "my boss said i'm next in line for the promotion",
        "the coach said next time we won't lose",
        'told my kid to bring a knife and fork to the picnic',
        "he said he's coming for dinner at 6",
        "if i tell my mom i'm off tomorrow she'll want to visit",
        'grandma said she would keep the kids overnight if i need a break',
        'we left the boxes in my locker at the job site',
        'he cleans his rifle before hunting season',
        'i jumped the car battery this morning',
        'my phone battery got jumped by a friend',
        "found out where i'm staying for the conference, a nice hotel",
        'the bus was waiting at the corner when i got off the train',
        'they found me a new apartment near work',
        'hid in the closet during hide and seek with my little brother',
      ],
      'none',
    );
  });

  it("GIVEN an attempt by poison or on a day, a plan told by those near, or harm to someone else told by a friend THEN someone else; picnics, camp and chores THEN nothing", () => {
    routes.each(
      [
        'my daughter attempted last night and they kept her in the icu',
        "my cousin tried to drink bleach yesterday, she's at the clinic",
        'they found her in the bathroom with the pills and called 911',
        'my roommate keeps talking about drinking poison since he failed',
        'my uncle is saying he will go and jump into the river after the funeral',
        'him gwine kill himself if she leave him, mi frighten',
        'her boyfriend is choking her in the next apartment i can hear it',
        "my niece gets beat up by her stepdad and she's scared to go home",
        'the neighbor beats them kids with an extension cord every night',
        'my coworker sent me pics of her bruises last night',
        "his wife won't let him leave the house without her",
        "my friend's man controls everything she spends and wears",
        "my dad said he's gonna take his pistol to the woods and not come back",
        "my brother said he'd drive his truck into the quarry with himself in it",
      ],
      'someone-else',
    );
    routes.each(
      [
        'my son attempted the marathon sunday and finished',
        'they found him in the garage with the rope for the tire swing',
        'my roommate keeps talking about drinking more water this year',
        'my nephew is saying he will go and jump into the lake at camp this weekend',
        'she showed me pictures of her new kitchen',
        "his wife won't let him forget their anniversary",
        "he said he's gonna take his rifle to the range and come back by noon",
        'my brother backed his truck into the garage',
        'my mom beats the eggs with a whisk',
      ],
      'none',
    );
  });

  it("GIVEN a Spanish threat about papers, a debt or leaving, people held for ransom, a landlord pushing out or the location watched THEN harm; bills, errands and photos THEN nothing", () => {
    routes.each(
      [
        'el encargado dice que si hablamos con el sindicato nos manda deportar',
        'mi suegra dice que si me separo me busca con sus hijos',
        'si no pago la cuota van a ir por mi mamá, dice el cobrador',
        'el capataz nos amenazó con el machete cuando pedimos agua',
        'el dueño del cuarto me corto la luz para que me salga',
        'nos tienen encerrados en un cuarto y le piden rescate a mi familia',
        'unos armados nos bajaron del camión y nos quitaron los papeles',
        'mi novio me revisa la ubicación cada hora',
        'el patrón sacó el fierro y me dijo que me largara o me entierra',
        'si no me acuesto con el jefe me despide',
        'mi ex me amensa con quitarme la casa',
        'si lo dejo me sube las fotos, me dijo',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'si llego tarde mi jefe me regaña',
        'si no pago la luz me la cortan',
        'el doctor dice que me va a mandar unos análisis',
        'si no salgo con mis amigas me aburro',
        'nos dejaron en la parada del camión y nos fuimos caminando',
        'mi mamá me pide dinero para la despensa cada quincena',
        'se cortó la luz en toda la colonia',
        'nos quitaron la tarea de matemáticas, qué alivio',
        'subí las fotos del viaje, si quieres las ves',
        'el casero me manda mensajes para cobrar la renta',
      ],
      'none',
    );
  });

  it("GIVEN a Spanish shot, poison, goodbye audio, going with God or reported wish in the third person THEN someone else; alarms, prices, trips and pizza THEN nothing", () => {
    routes.each(
      [
        'mi tío se pegó un tiro anoche, está en el hospital',
        'mi cuñada se tomó el matarratas, la llevaron a urgencias',
        'mi vecino tomó pastillas a propósito y lo internaron',
        'mi mejor amigo me mandó un audio despidiéndose y no contesta',
        'una compañera sube historias de despedida y ya no viene a clase',
        'mi abuelita dice que ya se quiere ir con Diosito y ya no come',
        'mi tío dice que una voz le ordena que se mate',
        'la señora dice que el esposo la golpea y la encierra',
        'mi prima me contó que su novio la ha amenazado con matarla',
        'mi amigo me dijo hoy que ya no aguanta y que prefiere morir',
        'el compa le dijo a su mamá que ya no quiere vivir',
      ],
      'someone-else',
    );
    routes.each(
      [
        'se disparó la alarma del carro a las tres',
        'los precios se dispararon este mes',
        'mi tío tomó un café a propósito para no dormirse',
        'mi amiga me mandó un audio contándome de su viaje',
        'una compañera sube historias de su viaje a la playa',
        'mi abuelita dice que ya se quiere ir a la casa de mi tía',
        'mi tío dice que una voz le dijo que llegó un paquete',
        'mi prima me contó que su novio la invitó al cine',
        'mi amigo me dijo hoy que prefiere la pizza',
      ],
      'none',
    );
  });
  it('GIVEN spelling by sound ("sed", "wil", "chokd", "her self") THEN read as the words; the same spellings in everyday talk THEN nothing', () => {
    routes.each(['he chokd me last nite and sed he wil do worse', 'my dad thru me out and sed if i come bak he wil hurt me'], 'harm-from-others');
    routes.each(['my frend sed she wants to kil her self', 'my cusin tryed to hang him self last nite'], 'someone-else');
    routes.each(['she sed she wil be late to the nite shift', 'my husbend brakes the car too hard'], 'none');
  });
  it('GIVEN own risk said in understatement (languages/en/understated-wishes.ts) THEN own risk; the same words about a laptop, a party or sleep THEN nothing', () => {
    routes.ownRisk([
      "you won't have to worry, i won't be a burden for much longer",
      "honestly i don't think i'll stick around on this earth much longer",
      "i'm just not meant to be around long, i can feel it",
      "been feeling like no one would even notice if i was gone",
      "on night runs i think how easy it would be to just swerve into the median",
      "when i'm up on the scaffold and look down part of me wants to let go",
      "low key hoping the roof caves in on me at work",
      "i'd be okay if a semi just took me out on the way home",
      "i keep asking the lord why he did not just take me instead",
    ]);
    routes.each(
      [
        "my old laptop will not be a problem much longer, the new one ships friday",
        "easy to drift off to sleep with the rain on the roof",
        "i looked down at my phone and wanted to fall asleep",
        "hoping the rain falls on my garden tonight",
        "i'd be fine if a bus took me to the mall",
        "i asked god why he made mosquitoes",
        "i don't think i'll stick around at the party for long, early shift",
      ],
      'none',
    );
  });
});
