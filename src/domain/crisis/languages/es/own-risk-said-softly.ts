/**
 * Spanish own risk said softly or in passing (branch t-es-own; notation in ../../patterns.ts, macros in ../es.ts): a death
 * asked of God or waited for ("que Dios me recoja", "Diosito, ¿por qué no me llevas?", "que venga la muerte, yo la espero"),
 * days one would rather not have woken to ("con ganas de no haber amanecido", "no quisiera volver a despertar"), a death that would
 * come by itself (a bolt of lightning, a heart that stops "solito", the river that takes you), the only way out named,
 * Spanglish wishes ("i just want to desaparecer"), leaving this life or going to the dead ("me voy de esta vida", "me voy con
 * mis abuelos que ya murieron", "me voy a presentar ante el Señor"); and the hints around acting now: nobody to follow, gone
 * when someone wakes or arrives, things handed to the family, a last message of love through others. Everyday look-alikes
 * these leave quiet: "que Dios te bendiga", "el señor del taxi me recoge a las 5", "ojalá me llegue el paquete", "no quiero
 * levantarme temprano", "la única salida es por la puerta de atrás", "me voy con mis abuelos al rancho".
 */
const dios = 'dios|diosito|diosido|virgencita|jesus|jesucristo|papa+dios|mi+senor|nuestro+senor|el+de+arriba';
const vehicles = 'trailer|camion|carro|coche|auto|tren|bus|micro|colectivo|bondi|guagua|troca|combi|moto|metro';
const muertos = 'murio|murieron|han+muerto|fallecio|fallecieron|partieron|se+fueron|estan+en+el+cielo|esta+en+el+cielo|descansan';

export const ownRiskSaidSoftly: Record<string, string[]> = {
  'wish-dead': [
    // Something that would end it all: "ojalá me pasara algo y se acabara todo".
    'ojala|quisiera _ que? _ me _ pasara+algo y se _ acabara|terminara _ todo',
    // Run over on the way somewhere and it would not matter: "si me atropellan de camino al centro no pasaría nada malo".
    'si _ me _ atropell*|choca|chocan __ de+camino|camino|rumbo __ no+me+importaria|no+pasaria+nada|ni+modo|me+daria+igual|nadie+lo+notaria',
    // Hit by a vehicle and it would not be so bad: "si un tráiler me pega no estaría tan mal" ("me pega" is no blow from a person here).
    `si _ un|una|el|la _ ${vehicles} _ me _ pega|pegara|atropella|atropellara|arrolla|arrollara|embiste|embistiera|lleva|llevara __ no+estaria+tan+mal|no+seria+tan+malo|no+seria+tan+grave|mejor|ni+modo|no+me+importaria|no+pasaria+nada|me+daria+igual|descansaria`,
    // The death of someone else wished on oneself: "en el velorio solo pensaba ojalá hubiera sido yo" (English: "wish it had been me").
    'ojala|quisiera|preferiria que? hubiera|hubiese sido yo',
    // God asked to take the writer: "que Dios me recoja", "Diosito por qué no me llevas a mí", "si me quiere llevar que me lleve".
    `${dios} _ que? _ si? _ me _ lleve|recoja|llevara|recogiera|llevas|recoges|llevaste|recogiste|quiere+llevar|quieres+llevar`,
    // "que el Señor me recoja pronto": "el señor" alone is a man (a driver picking someone up), so a when must follow.
    'senor _ me _ recoja|recogiera|lleve|llevara _ pronto|ya|esta+noche|de+una+vez|de+este+mundo|a+su+lado|con+el',
    // Death waited for: "que venga la muerte cuando quiera", "la muerte... yo la espero".
    'que venga|llegue _ la+muerte|por+mi',
    'la+muerte _ cuando _ quiera __ la _ espero|estoy+esperando',
    // Days one would rather not have woken to: "con ganas de no haber amanecido", "no quisiera volver a despertar".
    'ganas+de|quisiera|ojala|preferiria _ no _ haber _ amanecido|despertado|nacido',
    // Not "no quiero amanecer tarde": only waking again, another dawn or never.
    'no _ quiero|quisiera|tengo+ganas+de _ volver+a+amanecer|volver+a+despertar|ver+otro+amanecer|amanecer+nunca+mas|despertar+nunca+mas',
    // Neither dying nor living: "no quiero morirme pero tampoco quiero estar viva".
    'tampoco _ quiero|quisiera|tengo+ganas+de _ vivir|estar+viva|estar+vivo|seguir+viva|seguir+vivo|seguir+viviendo|existir',
    // A death that would come by itself: "quisiera que me cayera un rayo", "que el corazón se me parara solito".
    'ojala|quisiera|ganas _ que? _ me _ cayera+un+rayo|caiga+un+rayo|partiera+un+rayo|parta+un+rayo|atropelle+un|atropellara+un|atropellen|lleve+la+corriente|llevara+la+corriente',
    'quisiera|ojala|ganas __ corazon _ se? _ me? _ parara|detuviera|pare|detenga|dejara+de+latir',
    // Seeking to be killed: "buscaba que me mataran".
    'buscaba|busco|buscando|ojala|quisiera _ que _ me _ mataran|matara|maten',
    // Switched off for good: "me gustaría apagar todo, como un foco, y no prenderlo nunca más".
    'apagar|apagarme|apagarlo _ __ no _ prender|encender|volver+a+prender|volver+a+encender _ nunca+mas|jamas',
    // Spanglish: "i just want to desaparecer", "i keep thinking en no existir".
    // "to" is read as the chat spelling of "todo".
    'want+to|want+todo|wanna|wish+i+could _ desaparecer|morir|morirme|me+morir|no+existir|dejar+de+existir',
  ],
  'suicidal-thoughts': [
    // Leaving this life: "esta noche me voy de esta vida", "me quiero ir de este plano".
    'me @aux? ir.nf|ir.yo _ de+esta+vida|de+este+plano|de+esta+tierra|de+este+valle+de+lagrimas',
    // Going to the dead: "mañana me voy con mis abuelos que ya han muerto".
    `me _ voy|ir.nf|ir.yo _ con _ mi|mis __ que _ ya? _ ${muertos}`,
    // Before God by one's own hand: "me voy a presentar ante el Señor por mi propia mano".
    'presentar|presento|presente _ ante _ el|mi? _ senor|dios|diosito|creador|altisimo',
    'morir|me+ir|me+voy|acabar|irme|presentar|matar __ por _ mi _ propia+mano',
    // Thinking of not being: "lo único que me da alivio es pensar en no existir".
    'pensar|pienso|pense|pensando|thinking|keep+thinking _ en _ no+existir|dejar+de+existir|no+despertar|no+amanecer|desaparecer+para+siempre',
    // The only way out named: "la única salida es morirme", "la única opción que veo es la muerte" ("irme para siempre" is
    // also emigrating: "la única salida es irme para siempre de este pueblo").
    'unica|única _ salida|opcion|solucion _ es|seria|que+veo|que+me+queda _ irme+de+este+mundo|me+ir+de+este+mundo|me+morir|me+matar|morir|morirme|matarme|la+muerte|no+estar|me+quitar+la+vida|quitarme+la+vida',
    // The wheel let go on the road: "a veces manejando pienso en soltar el volante".
    'pienso|pensando|pense|fantaseo|ganas+de _ en? _ soltar+el+volante|dar+un+volantazo|cruzarme+de+carril|me+cruzar+de+carril',
    // Into the water and let it take you: "pienso en meterme y que me lleve".
    'me meter|tirar|aventar|echar _ y _ que _ me _ lleve|trague',
  ],
  'plan-talk': [
    // Everything ready, referring back: "todo está listo" (weak: a plan only beside another sign).
    'todo esta|quedo _ listo|preparado',
    'esta|quedo todo _ listo|preparado',
    // Not to be talked out of it: "no quiero que me convenzan", "no traten de detenerme" (weak: "...de ir a la boda" is a plan).
    'no _ quiero|traten+de|intenten|vayan+a _ que? _ me _ convenzan|convencer|detengan|detener|hagan+cambiar|saquen+la+idea',
    'no _ traten+de|intenten|vayan+a _ detenerme|convencerme|pararme|me+detener|me+convencer',
  ],
  'acting-now': [
    // Cutting still going on: "me hice cortes otra vez y ahorita sigo".
    // ("me hice cortes de pelo y ahorita sigo con el tinte" is a haircut: the word after the cuts must be "otra vez", "y" or "en").
    'me _ hice|estoy+haciendo|sigo+haciendo _ cortes|cortadas otra+vez|y|en _ ahorita|no+puedo+parar|sigo',
    // A field poison drunk, by the crop or pest it is for: "ahorita me tomé el líquido del frijol" (not "para la tos").
    'me _ tome|bebi|trague|tomar.yo|beber.yo _ el|la|un|una? _ liquido|veneno|quimico|liquido+para _ del|de+la|de+las|de+los|para+el|para+la|para+las|para+los _ frijol|maiz|milpa|monte|ratas|cucarachas|zancudos|hierba|maleza|plaga|plagas',
  ],
  intent: [
    // If God does not, the writer will: "y si Él no lo hace lo hago yo".
    `si _ el|${dios} _ no _ lo+hace|me+lleva|me+recoge|me+recoja __ lo _ hago|hare|hago+yo`,
  ],
  hopelessness: [
    // Breathing for nothing: "no sé ni pa' qué respiro", "no tengo para qué seguir vivo".
    'ni _ pa|para _ que _ respiro|vivo|naci|sigo+vivo|sigo+viva|sigo+respirando',
    'no tengo _ para|pa _ que _ vivir|seguir+vivo|seguir+viva|seguir+viviendo|respirar',
  ],
  absence: [
    // Gone by the time someone wakes or comes: "mañana cuando despiertes yo ya no voy a estar" (beside a time alone, a shift).
    'cuando _ despiertes|despierten|despierte|llegues|llegue|lleguen|vuelvas|regreses|vuelvan|regresen __ ya _ no _ voy+a+estar|estare|voy+a+existir',
    // Nobody to follow or look: "que nadie me siga", "no me busquéis" (Spain), "no me busquís" (Chile).
    'que nadie _ me _ siga|sigan|busque|busquen',
    'no me _ busqueis|llameis|busquis|busques+mas|sigais',
  ],
  finality: [
    // Not coming down or out alive: "de aquí ya no me bajo vivo", "ya no voy a salir de este cuarto".
    'no _ me _ bajo|bajare _ vivo|viva|con+vida',
    'ya no _ voy+a|vuelvo+a _ salir _ de _ este|esta|mi _ cuarto|pieza|recamara|casa|carro',
    // "no pregunten por qué": a reason refused beside another sign.
    'no _ pregunten|preguntes|pregunteis _ por+que|porque|xq|pq',
    // Leaving with God, not to mass: "hoy en la tarde me voy con mi Señor".
    'me voy|ire _ con _ mi+senor|nuestro+senor|diosito|mi+creador|el+creador|jesus|jesucristo',
  ],
  'farewell-hint': [
    // Where the papers are, told to family: "te dejo dicho dónde están los papeles del seguro", "la libreta del banco".
    'deje|dejo|dejar _ dicho|escrito|anotado __ donde _ esta|estan|guardo|guarde|deje _ __ seguro|terreno|testamento|poliza|escrituras|libreta+del+banco|cuenta+del+banco',
    // Love said through others, in the past: "díganle a mi vieja que sí la quise", "dile a mi mamá que me perdone".
    'diganle|dile|digale|decile|diles|decirle|le+dije|les+dije _ a? _ mi|mis __ que _ si? _ la|lo|los|las|me _ quise|ame|quisimos|perdone|perdonen',
  ],
  'preparation-hint': [
    // Someone to look after the pet: "solo que alguien cuide a mi perro", "alguien me puede cuidar al gato?" (a trip too; weak alone).
    'alguien _ cuide|cuida|cuidar|cuidara _ a? _ mi|mis|al|a+la _ perro|perra|perrito|perrita|gato|gata|gatito|perros|gatos',
    // A pet or a bike given away: "he regalado el perro a mi hermana y la moto a Dani" (alone, or beside a trip, it stays quiet).
    'regale|regalado|regalo|done _ el|la|mi|mis|los|las _ perro|perrita|perrito|perra|gato|gata|gatito|gatos|perros|moto|carro|coche|guitarra|consola|play _ a',
    // Belongings handed to the family: "saca mis cosas y dáselas a mi mamá".
    'mis+cosas __ a _ mi+mama|mi+familia|mis+hijos|mi+hermana|mi+papa|mis+papas|mi+vieja|mi+jefa',
  ],
};
