/**
 * Spanish urgency said indirectly and spread across sentences (branch t-urgent, 2026-12-02; notation in ../../patterns.ts,
 * macros in ../es.ts), the same families as ../en/imminent-urgency-spread.ts: letters left to someone ("les dejé cartas a mis
 * jefes", "le escribí la carta a mi mai"), the means watched now ("no dejo de mirarlas"), a room made ready ("tengo todo listo
 * en el cuarto"), affairs left settled for someone ("dejé arreglado lo del banco", "di de baja el piso", "hice mi will"),
 * messages scheduled ("se mandan a las 12"), a token handed back to a sponsor ("le devolví la ficha a mi padrino"), a pet left
 * with someone ("la gata con mi vieja"), check-ins ended for good, sparing others the paperwork ("pa que nadie se quede con mi
 * papeleo"), a wish that someone knew, said from a place, and indifference said from a height ("me vale todo").
 * Hints stay hints: each counts only beside own risk or another sign (concepts.ts, hint-weights.ts).
 * test/unit/domain/crisis/urgency-said-indirectly.test.ts holds each family beside its look-alikes.
 */
export const imminentUrgencySpreadEs: Record<string, string[]> = {
  'farewell-hint': [
    'les|le _ deje|dejo|escribi|escribir.yo|dejar.yo _ __ carta|cartas|cartita _ a|pa|para',
    'devolvi|regrese|entregue _ la|el|mi _ ficha|medalla|llavero|chip _ a|al',
    'goodbye _ texts|text|messages|mensajes',
    'se _ mandan|envian|publican|programaron _ a+las|solos|manana|esta+noche',
  ],
  present: [
    'no _ dejo|puedo _ de _ mirarlas|mirarlos|mirarla|mirarlo|verlas|verlos|tocarlas',
    'del|en+el _ decimo|doceavo|piso+10|piso+12|piso+15|ultimo+piso',
  ],
  'means-hint': [
    'todo _ listo|preparado _ en _ el|mi _ cuarto|bano|garaje|closet|sotano|azotea',
  ],
  'preparation-hint': [
    'deje|dejo|dejar.yo _ arreglado|listo|ordenado _ lo+del|lo+de _ banco|seguro|papeles|cuenta|cuentas',
    'di|he+dado|dado _ de _ baja _ el|mi _ piso|depa|departamento|celular|telefono|cuarto',
    'hice|he+hecho _ mi _ will|testamento',
    'papeles _ del _ seguro _ __ estan|en+la|en+el',
  ],
  'goodbye-hint': [
    'regalado|regale _ mis _ cosas',
    'la|el|mi _ gata|gato|perra|perro|perrita|perrito|mascota _ con|queda+con _ mi',
    'gracias _ por _ todo _ y _ perdon',
    'queria|quise _ que _ alguien _ supiera|lo+supiera',
  ],
  'low-mood': [
    'me _ vale _ todo|ya+todo|madre+todo',
  ],
  absence: [
    'ya _ no _ voy _ a _ hacer|mandar _ mas _ check|checkins|check+ins|checkin',
    'pa|para _ que _ nadie _ se+quede|tenga+que|cargue _ con',
  ],
  finality: [
    'me _ desconecto|desconectar _ para+siempre',
    'si _ lees|ves|encuentras _ esto _ __ ya+es+tarde',
  ],
};
