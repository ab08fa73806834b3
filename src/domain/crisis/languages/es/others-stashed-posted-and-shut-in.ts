/**
 * Spanish someone else's crisis as a peer worker tells it, read after the fifty-second fresh batch (notation in ../../patterns.ts,
 * macros in ../es.ts): someone found after an attempt and in hospital ("lo encontraron tras un intento"); brought down from a
 * bridge by the police; shut in a garage or a car and not answering; goodbyes posted and everything else deleted; pills or a
 * stash kept "para cuando esté listo".
 * Look-alikes kept quiet (test/unit/domain/crisis/harm-and-others-told-at-work-52.test.ts): a failed attempt to start the car,
 * a cat brought down from a roof by the firemen, a child shut in the bathroom in a tantrum, photos of a hen party posted.
 */
export const othersStashedPostedAndShutInEs: Record<string, string[]> = {
  'other-attempt': [
    // Found after an attempt: "lo encontraron tras un intento y está en el hospital".
    'lo|la|los|las _ encontraron|encontro|hallaron|hallo|vieron|trajeron|llevaron|internaron|ingresaron _ tras|despues+de|luego+de|por|de _ un|una|su|otro _ intento',
    'ingresado|ingresada|internado|internada|hospitalizado|hospitalizada|en+el+hospital|en+urgencias|en+la+uci _ tras|despues+de|luego+de|por _ un|su|otro _ intento',
    // Brought down from a bridge by the police: "me llamó anoche desde un puente, la policía lo bajó".
    'puente|azotea|cornisa|acantilado|viaducto ,? __ policia|poli|pacos|tombos|bomberos|patrulla|carabineros _ lo|la _ bajo|bajaron|bajaba|rescato|rescataron|convencio|convencieron',
    'policia|poli|pacos|tombos|bomberos|patrulla|carabineros _ lo|la _ bajo|bajaron|bajaba|rescato|rescataron _ de|del _ __ puente|azotea|cornisa|acantilado|viaducto',
    // Shut in a garage or a car, not answering: "está encerrao en el garaje y no contesta".
    'encerrado|encerrada|encerrao|encerra|metido|metida _ en _ el|la|su _ garaje|cochera|carro|auto|coche|camioneta|cuarto|bano ,? __ y? _ no _ contesta|responde|abre|atiende|contestaba|respondia|abria',
  ],
  'other-disclosure': [
    // Goodbyes posted and everything else deleted: "subió despedidas a insta y borró todo lo demás".
    'subio|publico|posteo|puso|dejo|subieron _ despedidas|mensajes+de+despedida|un+mensaje+de+despedida|cartas+de+despedida|un+adios __ y _ borro|borrado|elimino|eliminado|cerro|desactivo|bajo _ todo|todas|sus|su|lo',
    // Kept for later: "me enseñó sus pastillas y dijo que son para cuando esté listo".
    'pastillas|pepas|pastis|cuerda|pistola|arma|guardadas|guardado|juntando|ahorrando __ para _ cuando _ este|estuviera|se+sienta _ listo|lista|preparado|preparada',
  ],
};
