/**
 * Spanish imminent risk told through the means, added after the ninth fresh batch (notation in ../../patterns.ts;
 * macros in ../es.ts): pills taken in a way no prescription says ("todas juntas", "de una en una mientras les
 * escribo", "con mucho vino", "doble a propósito"), a lethal amount asked for, what it does to the body ("ya no siento
 * las manos", "me estoy poniendo frío", "ya vomité"), sitting with a means ("sentado con la pistola en las piernas"),
 * a rope tied somewhere, doses saved up, locked in with a knife taken, water walked into, and the writer up on a height
 * now ("me colé al techo", "sentado en el borde"). The body and sitting with a means are `present` (the moment), so they
 * count only beside a means, a place or what was taken; other hints need own risk or another sign (concepts.ts,
 * hint-weights.ts).
 */
const taken = 'tome|trague|trage|bebi|meti|me+trage|tomado|tragado|bebido|metido|me+tome|me+trague|me+bebi|me+meti|me+he+tomado|me+he+tragado|he+tomado|he+tragado';
const body = 'manos|piernas|brazos|pies|labios|dedos|cuerpo|cara|lengua';

export const takenAndAtHand: Record<string, string[]> = {
  'acting-now': [
    // Locked in with the means the writer took: "agarré el cuchillo de la cocina y me encerré en el baño" (not "me
    // amenazó con un cuchillo, me encerré en el baño", where the knife is someone else's).
    'agarrar.yo|agare|saque|cogi|tome _ el|la|los|las|mi|mis|unas _ @medio|cuchillas __ me encerre|he+encerrado _ en _ el|la|mi _ bano|cuarto|carro|coche|recamara|pieza|habitacion',
    // All at once, said after the pills: "ya tomé las pastillas de la presión todas juntas".
    `${taken} _ las|los|mis|unas _ @pastillas|pastis|pastias|de+dormir|de+la+presion __ todas|todos _ juntas|juntos|de+golpe|de+un+jalon|de+una+vez|de+un+trago|de+una`,
    // One by one while writing: "estoy tomando las pastillas de una en una mientras les escribo".
    'estoy|ando|sigo _ tomando|tragando|metiendome|me+metiendo _ las|mis|unas|los? _ @pastillas|pastis|pastias _ de+una+en+una|una+tras+otra|una+por+una|mientras',
    // A whole bottle with the pills: "me tomé la botella entera con las pastillas".
    `${taken} _ la|el|una|un|toda+la _ botella|bote|frasco|caja|tira _ entera|entero|completa|completo __ con|y|de _ las|los|mis|unas _ @pastillas|pastis|pastias`,
    // A dose taken on purpose: "ya me inyecté doble a propósito", "me metí de más adrede".
    'inyecte|meti|puse|tome|use|inyectado|metido|inyectar.yo _ doble|triple|el+doble|de+mas|demas|todo|toda|una+sobredosis __ a+proposito|adrede|aproposito',
  ],
  'taken-hint': [
    `${taken} _ como|casi? _ la+mitad|medio+frasco|media+caja|medio+bote`,
    // Taken, said plainly: "ya tomé las pastis", "tomé mucho vino con las pastillas", "ya lo hice. tomé todo".
    `${taken} _ las|los|mis|unas|el|la|toda+la|todo+el _ @pastillas|pastis|pastias|botiquin|frasco`,
    `${taken}|tome+mucho|bebi+mucho|tomando|mezcle|mezclando _ vino|alcohol|cerveza|cervezas|ron|tequila|licor|guaro|pisco|aguardiente|whisky|vodka|trago|tragos __ con|y _ las|los|mis|unas _ @pastillas|pastis|pastias`,
    'tome|trague|me+tome|me+trague todo|todas|todos|todito',
  ],
  'means-hint': [
    // The same drug again, or enough saved: "hoy compré de la que casi me mata", "saqué suficiente del carro de medicamentos".
    'compre|consegui|tengo|volvi+a+comprar|pille _ de|del _ la|lo|el _ que _ casi _ me _ mata|mato',
    'saque|junte|guarde|consegui|tengo|ya+tengo _ suficiente|suficientes|bastantes _ del|de+la|de+las|de+los|de _ carro|medicamentos|medicamento|pastillas|@pastillas|medicina|dosis',
    // Rope or belt ready: "la soga ya está", "la cuerda en el maletero", "ya tengo la soga lista".
    'la|el|mi soga|cuerda|lazo|mecate _ ya+esta|lista|listo|preparada|preparado|colgando',
    'soga|cuerda|lazo|mecate _ en _ el|la|mi _ maletero|cajuela|carro|coche|mochila|closet|ropero|cuarto',
    // Doses saved up: "llevo semanas guardando mi medicamento", "he estado juntando mis dosis de metadona".
    'guardando|juntando|acumulando|ahorrando|guardado|juntado|acumulado _ mis|mi|las|el|los _ dosis|medicamento|medicamentos|medicina|medicinas|@pastillas|pastis|metadona',
    'vacie|vaciado|vacia _ el|mi _ botiquin|pastillero',
  ],
  method: [
    // How much is enough, asked: "¿cuántas de estas necesito para no despertar?", "¿cuántos metros para no sobrevivir la caída?".
    'cuantas|cuantos|cuanto _ de? _ estas|estos|@pastillas|pastillas|metros|pisos __ necesito|hacen+falta|se+necesitan|necesita+uno|necesita _ para _ no+despertar|no+sobrevivir|morir|me+morir|no+volver|matar|me+matar|se+matar',
    // Gone to a high place to jump: "voy a coger un bus a la represa y me tiro".
    'a|al|hasta _ la|el? _ @alto|vias __ y _ me _ tiro|aviento|lanzo|arrojo|tirar.yo|aventar.yo',
  ],
  preparation: [
    // A rope or a belt tied to something that holds a body: "la correa amarrada en el closet".
    'soga|cuerda|lazo|mecate|correa|cinturon|sabana _ amarrad*|atad*|colgad*|puesta|puesto|amarre|ate __ en|al|a+la|del|de+la _ closet|ropero|tubo|viga|regadera|barandal|techo|ventilador|arbol|rama|puerta|barra|armario|escalera|palo|poste|marquesina|reja|varilla|gancho|lampara|travesano',
  ],
  place: [
    // Walking into water, urgent only beside a plan or a time ("nado hasta que no pueda más" is a swim): "el sábado me
    // voy al lago y me meto hasta que no pueda más".
    'me meto|me+meter|meterme _ al|a+la|en+el|en+la _ lake|lago|mar|rio|agua|presa|represa __ hasta _ que? _ no|ya+no',
    // Up on a height now: "ya me colé al techo del edificio", "estoy sentado en el borde".
    'me subi|cole|trepe|escale _ al|a+la|a+lo+alto+del|a+lo+alto+de+la|en _ @alto|represa|embalse|dique',
    'estoy|ya+estoy _ aqui|aca _ arriba',
  ],
  // Now, said of the body: urgent beside a means, a place or what was taken ("estoy sentado con la pistola", "ya no
  // siento las manos", "sentado en el borde").
  present: [
    'ahorita mismo', 'en este momento|mismo+momento', 'mientras _ les|te|os _ escribo|hablo',
    'estoy|sigo|ando _ sentado|sentada|acostado|acostada|parado|parada _ con _ la|el|mi|una|un _ @medio|cuchillas|botella',
    'sentado|sentada|parado|parada|estoy _ en _ el|la _ borde|orilla|cornisa|barandal|baranda|filo',
    `no _ siento _ las|los|mis|el|la _ ${body}`,
    'me estoy|empiezo+a|estoy _ poniendo|quedando|poner _ frio|fria|helado|helada|morado|morada|azul',
    'vomite|he+vomitado|estoy+vomitando|vomitando _ un+poco|sangre|todo|espuma',
    'se me _ esta|va _ nublando|apagando|cerrando _ la|los|todo _ vista|ojos',
  ],
};
