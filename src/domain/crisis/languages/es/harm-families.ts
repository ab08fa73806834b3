/**
 * Spanish harm from others by family, added after the fifth and sixth fresh batches (notation in ../../patterns.ts;
 * macros in ../es.ts). Merged into harmFromOthersConcepts by es.ts.
 */
export const harmFamilies: Record<string, string[]> = {
  'partner-violence': [
    // Said again: "me ha vuelto a pegar", "me volvió a empujar".
    'me volvio+a|vuelve+a|ha+vuelto+a|han+vuelto+a|volvieron+a @golpes_nf',
    // Regional blows: "me cascó", "me fajó", "me cagó a palos", "me da cantazos", "me ha dado una hostia".
    'me @aux3? cascar.el|fajar.el|casco|fajo|sono',
    'me cagar.el|cago|cagaron _ a _ palos|golpes|trompadas|pinas|patadas|chingadazos',
    'me @aux3? dar.el|dar.nf|dado _ un|una|unos|unas? _ puno|punos|cantazo*|trompad*|pina|pinas|tortazo*|guantazo*|bofeton*|hostia*|golpe|golpes|patada*|cachetada*|bofetada*|empujon*',
    'me aventar.el|tirar.el _ el|la|un|una _ cuchillo|tijeras|cenicero|botella|plancha|control',
    'me avienta|aventaba|aventaron|empuja|jalonea _ a+veces|contra|al+piso|al+suelo|a+la+pared|cuando',
    'fue|era _ una|un _ cachetada|empujon|patada|golpiza|bofetada|cachetadon',
    'me rompe|rompio|tira|tiro _ las|mis _ cosas',
    'me @aux3? hit|hits|pego',
  ],
  'sexual-assault': [
    'me hizo|hace|hacia|hicieron|paso _ algo|cosas __ que _ yo? _ no _ queria|quise|quiero|estaban+bien',
    'se propaso|propaso|propasaba conmigo',
    'me agarro|agarra|agarraba|toco|toca|ha+agarrado|ha+tocado _ el|la|las|los _ trasero|nalgas|pechos|pecho|pompas|cola|senos',
    'me dio|dieron _ algo _ en _ la|mi _ bebida|trago|vaso|copa',
    'desperte|me+desperte _ sin _ ropa|desnuda|desnudo',
    'es|era _ nuestro secreto',
    'me hace|hacia|hizo|hacian _ cosas cuando|que|en|y',
    'si _ me _ acuesto|acostaba _ con _ el|ella',
    'fotos|videos|foto|video _ de _ el|ella? _ sin ropa',
  ],
  stalking: [
    'ex|exnovio|exnovia|exesposo|exesposa|expareja _ esta|estaba|anda|paso|pasa|aparece|se+aparece _ afuera|fuera|enfrente|por _ de? _ mi',
    'keeps showing up',
    'estaciona|estacionado|estacionada _ frente|afuera|enfrente _ a|de _ mi',
    'sabe|saben _ en+que|donde _ colonia|clinica|escuela|trabajo|vivo|estuve|estoy',
    'me esta|estan|ha+estado|han+estado|anda|andan _ acosando|stalkeando|siguiendo|vigilando',
    'mensajes|audios|llamadas _ diciendo|dice _ donde _ estuve|estoy|ando',
  ],
  threat: [
    // A threat told as a condition: "si no pago me desaparecen", "si me quejo le habla a la migra".
    'si _ no? __ me|nos|le|les _ desaparecen|desaparece|deportan|deporta|deporten|denuncia|denuncian|queman|quema',
    'si _ no __ me|nos|le|les _ matan|mata|echa|echan',
    'si _ no? __ migra|inmigracion|deporten|deportar|deportan|deportacion',
    'si _ no? __ va+a|van+a _ quemar|matar|lastimar|incendiar|llevarse|se+llevar',
    'le|les _ va+a+pasar|van+a+pasar|puede+pasar|podria+pasar|pasa|pase|pasara _ algo a _ mi|mis',
    'me quiere|quieren|quiso|queria _ matar.nf|lastimar.nf|hacer+dano|pegar.nf|desaparecer.nf',
    'me amenaza|amenazo|amenazan|amenazaba _ con|de',
    'me @future3 prender+fuego|incendiar|quemar|deportar|denunciar|desaparecer|echar+a+la+calle',
    'me siguen|estan|esta|sigue _ amenazando|mandando+amenazas',
  ],
  control: [
    'tiene|me+tiene|obliga _ mi|la _ ubicacion',
    'ubicacion _ compartida|en+tiempo+real',
    'me esconde|escondio|escondia|quito|quita|quitaba _ los|mis|el|mi|la|las _ medicamentos|medicinas|pasaporte|passport|llaves|keys|papeles|documentos',
    'me pide|exige _ recibos|tickets|cuentas _ de _ cada',
    'me pide|obliga _ mandarle|le+mandar|mandar|a+mandar _ foto|fotos|ubicacion',
    'nadie _ me|te _ va+a|iba+a _ creer',
  ],
  'unsafe-home': [
    'esta|estan|anda _ rompiendo|pateando|golpeando|aventando|gritando _ todo|la+puerta|cosas|afuera',
    'no tengo|saber.yo _ donde|a+donde|adonde _ ir|quedarme|dormir',
    'me bota|boto|botan|echa|echo|echan _ de _ la|mi _ casa',
    'me echa|echan|bota|botan _ a _ la calle',
  ],
};
