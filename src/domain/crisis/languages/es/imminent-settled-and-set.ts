/**
 * Spanish imminent own risk told through affairs settled and the act set up, added after the thirteenth fresh batch
 * (notation in ../../patterns.ts; macros in ../es.ts): debts and the funeral paid ("ya pagué to lo que debía", "lo de la
 * funeraria lo fui pagando en abonos"), children or a pet left in someone's care ("el gurí queda con la madre", "dejé a
 * Luna con mi madre"), who gets what ("hice una lista de a quién le toca qué"), pills bought so nobody suspects, a lethal
 * dose asked, poison taken, a vehicle's path ("debajo del primer tráiler que vea", "manejando hasta estrellarme"), the car
 * left on a bridge, the engine in a closed garage, a relapse meant as a goodbye ("no es recaída, es despedida"). Soft
 * wishes said regionally are in wishes-said-regionally.ts.
 * Hints stay hints: each counts only beside own risk or another sign (concepts.ts, hint-weights.ts).
 */
const kids = 'hijos|hijas|hijo|hija|ninos|nenes|nene|nena|chamacos|guri|gurises|cipotes|chamos|peques|bebe|perro|perra|perrita|perrito|gato|gata|mascota|mascotas';
const carers = 'mama|madre|abuela|abuelo|hermana|hermano|papa|padre|tia|tio|vecina|vecino|suegra|madrina|padrino|ex';
const vehicles = 'trailer|camion|tren|bus|bondi|rastra|gandola|mula|colectivo|micro|tractomula|metro|autobus|truck';
const poisons = 'raticida|veneno|cloro|matarratas|gramoxone|paraquat|herbicida|plaguicida|insecticida|anticongelante|lejia|matamalezas|fosfuro';
const funeral = 'entierro|funeraria|funeral|velorio|cremacion|nicho|ataud|servicio+funerario';

export const imminentSettledAndSet: Record<string, string[]> = {
  method: [
    // Under a vehicle: "me voy a meter debajo del primer tráiler que vea", "me aviento enfrente del tren".
    `me _ tirar.yo|tirar.nf|aventar.yo|aventar.nf|lanzar.yo|lanzar.nf|arrojar.yo|arrojar.nf|atravesar|cruzar _ debajo|abajo|enfrente|delante _ de|del _ primer|un|una|el|la? _ ${vehicles}`,
    `debajo|abajo|enfrente|delante _ del|de+un|de+una _ primer|primera _ ${vehicles}`,
    // Driving until the crash: "me voy a ir manejando pedo hasta estrellarme", "acelero hasta matarme".
    'manejando|manejar|manejo|acelero|acelerar|acelerando|pisando|maneje __ hasta _ me _ estrellar.nf|matar.nf|desbarrancar|volcar',
    // The dose that will kill: "ya conseguí la dosis que me va a matar".
    'la|una|el _ dosis|cantidad|mezcla|coctel|sobredosis _ que _ me _ va+a|vaya+a|iba+a _ matar',
  ],
  'acting-now': [
    // A gun held on the body now: "tengo el arma de mi pai en la falda", "traigo la pistola en la sien".
    'tengo|traigo|tengo+aqui|agarro|sostengo _ el|la|mi _ arma|pistola|revolver|escopeta|fierro|cuete|pistola+de+mi+papa __ en _ la|las|mi|mis _ falda|piernas|regazo|sien|boca|cabeza|cuello',
    // Poison taken: "me tomé el raticida q había en el almacén", "acabo de tragarme el cloro".
    `me tomar.yo|tragar.yo|beber.yo|tomar.nf|tragar.nf|beber.nf|tome|trague|bebi|tomado|tragado|bebido _ el|la|un|una|medio|media|todo|toda? _ ${poisons}`,
    // A container of pills taken: "acabo de tomarme un pote de pastillas", "me tragué una caja de paracetamol".
    'me tomar.yo|tragar.yo|tomar.nf|tragar.nf|tome|trague|tomado|tragado _ un|una|el|la|medio|media _ pote|bote|frasco|caja|tarro|blister|puno|punado|tira _ de _ @pastillas|pastillas|pepas',
  ],
  'means-hint': [
    // Pills bought in several places: "he comprado cajas de paracetamol en tres farmacias distintas".
    'compre|comprado|junte|juntando|consegui _ cajas|frascos|blisters|cajitas|botes __ en _ varias|distintas|diferentes|dos|tres|cuatro|cinco _ farmacias|boticas|droguerias',
    // A lethal dose asked: "¿cuántas de sertralina son demasiadas?", "¿cuántos clonazepam se necesitan?".
    'cuantas|cuantos _ de? _ @pastillas|sertralina|fluoxetina|escitalopram|paroxetina|amitriptilina|quetiapina|olanzapina|litio|venlafaxina|acetaminofen _ son|es|seria|serian|hacen|se+necesitan _ demasiadas|demasiados|demasiado|mortal|mortales|letal|letales|suficiente|suficientes|falta|para+no+despertar',
    // All of a medicine at hand: "tengo aquí todas las plumas de insulina de mi papá".
    'todas|todos _ las|los|mis? _ plumas|jeringas|ampolletas|ampulas|viales|frascos|cajas _ de _ @pastillas',
    // More than the body takes: "compré el doble de lo q aguanto".
    'el doble|triple|cuadruple _ de _ lo _ que _ aguanto|tolero|me+meto|uso|consumo|aguanta',
    // The engine in a closed garage: "esta noche con el auto en el garaje cerrado".
    'con el|mi _ auto|carro|coche|motor|camioneta|troca _ prendido|encendido|en+el+garaje|en+la+cochera|en+el+garage',
    'motor|carro|auto|coche|troca _ prendido|encendido|andando _ en _ el|la _ garaje|cochera|garage _ cerrado|cerrada|con+la+puerta+cerrada',
    'manguera _ al|del|en+el _ escape|mofle',
  ],
  'taken-hint': [
    // "ahorita me las pongo todas", "me los inyecto todos".
    'me las|los _ pongo|inyecto|tomo|trago|meto|voy+a+poner|voy+a+inyectar _ todas|todos|de+una|de+golpe',
  ],
  place: [
    // The car left on a bridge: "ya parquié el carro en el puente del freeway".
    'parquie|estacione|aparque|deje|pare _ el|la|mi _ carro|coche|troca|auto|camioneta|moto _ en|sobre|arriba+de _ el|la _ @alto',
  ],
  timing: [
    // Waiting for dark: "nomás estoy esperando que oscurezca".
    'esperando|espero|falta _ a? _ que _ oscurezca|anochezca|amanezca|se+haga+de+noche|no+haya+gente',
  ],
  'plan-hint': [
    // Bought so nobody notices: "en tres farmacias para que no sospechen".
    'para|pa _ que _ no _ sospechen|sospeche|se+den+cuenta|se+de+cuenta|me+pregunten|noten|me+descubran',
  ],
  'plan-talk': [
    'lo decidi|ya+lo+decidi|esta+decidido|ya+esta+decidido|ya+decidi',
    // A nod to what the reader knows: "voy manejando pa la presa. ya sabes pa qué".
    'ya sabes|tu+sabes|ya+saben|ustedes+saben _ pa|para _ que',
  ],
  finality: [
    // "en una hora ya no voy a ser problema de nadie".
    'ya no _ voy+a+ser|sere|seria|voy+a+ser+mas _ un|una? _ problema|carga|estorbo _ de|para _ nadie',
    // "esta noche se acaba la vaina", "hoy se acaba mi sufrimiento".
    'hoy|esta+noche|manana|ahorita|ya _ se acaba|termina _ la+vaina|la+cosa|mi+sufrimiento|el+sufrimiento|mi+historia|mi+vida|todo+esto',
    // A relapse meant as the end: "no es recaída, es despedida", "mi recaída de hoy no es recaída".
    'no es|no+es+una _ recaida _ es _ una|mi? _ despedida|final|adios|ultima',
    'recaida _ no _ es _ recaida|una+recaida',
  ],
  absence: [
    // A leaving with no return: "el domingo me voy a la rambla y no vuelvo".
    'me voy|voy|me+subo _ a|al|a+la|pa|pal|para+el|para+la __ y _ no _ vuelvo|regreso|voy+a+volver|voy+a+regresar',
  ],
  'preparation-hint': [
    // The funeral paid: "el dinero del entierro en el escaparate", "lo de la funeraria lo fui pagando en abonos".
    `pague|pagando|pagado|abonos|abone|dinero|plata|lana|billete _ del|de+la|el|la _ ${funeral}`,
    `${funeral} __ pagando|pagado|pague|abonos|abono|pagada`,
    // Everything left in order: "ya dejé la casa en orden", "dejé todo ordenado".
    'deje|dejo|dejado|tengo _ todo|la+casa|mis+cosas|mis+papeles|el+cuarto _ en+orden|ordenado|ordenada|arreglado|arreglada|recogido',
    // Children or a pet left in someone's care: "el gurí queda con la madre", "dejé a Luna con mi madre".
    `deje|dejo|dejado|queda|quedan|se+queda|se+quedan _ a? _ mis|mi|el|la|los|las? _ ${kids} _ dormidos? _ con _ mi|su|la|el|sus _ ${carers}`,
    `deje|dejado _ a _ con _ mi|su _ ${carers}`,
    `${kids} _ queda|quedan|se+queda|se+quedan|van+a+quedar|va+a+quedar _ con _ mi|su|la|el|sus _ ${carers}`,
    `con _ pienso|comida|croquetas _ para _ un|una|dos|tres|varios|varias _ mes|meses|semanas`,
    // Who gets what: "hice una lista de a quién le toca qué".
    'hice|tengo|escribi|deje _ una? _ lista _ de _ a+quien|quien|que|para+quien|quien+se+queda',
  ],
  'goodbye-hint': [
    // Debts paid said otherwise than own-risk.ts's "pagué todas mis deudas" (a preparation alone): "ya pagué to lo que
    // debía", "liquidé las tarjetas"; a weak sign like a goodbye, urgent beside an affair settled or an ending.
    'pagado|liquide|salde|saldado _ to|todo|todas? _ lo _ que _ debia|debo',
    'pague _ to|todo _ lo _ que _ debia|debo',
    'pagado|liquide|salde|saldado _ todas? _ mis|las _ deudas|cuentas|prestamos|tarjetas',
    // A kiss goodbye, a message for the children: "les di su beso de despedida", "diles a mis kids q los quiero mucho".
    'beso|besito|abrazo|bendicion _ de _ despedida|adios',
    'diles|dile|diganle|digale|decile|decirles _ a _ mis|mi _ hijos|kids|hijas|ninos|nenes|mama|papa|familia|esposa|esposo _ que _ los|las|la|lo|me _ quiero|amo|quise|perdonen',
    'gracias por tanto',
    // Joining the dead on their anniversary, weak like a goodbye ("...y me voy con él al panteón" is a visit beside a time):
    // "hoy es el aniversario de mi hijo y hoy me voy con él. ya tengo todo preparado". Not a spouse's: a wedding's.
    'aniversario _ de _ mi|su _ hijo|hija|mama|papa|hermano|hermana|abuela|abuelo|nino|nina|bebe __ me voy|ire|quiero+ir|me+quiero+ir _ con _ el|ella',
    'no me llames|llamen|escribas|busques',
    // "ntp x mi" (no te preocupes por mí), said before the end.
    'no te|se _ preocupes|preocupen|preocupe _ por|x _ mi',
  ],
};
