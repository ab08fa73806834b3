/**
 * Spanish own risk and someone else's crisis read after the seventy-first fresh batch (notation in ../../patterns.ts; joined in
 * ../es.ts). Hints stay hints: each counts only beside own risk or another sign (../../concepts.ts, ../../hint-weights.ts).
 *
 * Affairs handed over in a group chat (`preparation-hint`, settling): where the writer's will or life insurance is kept ("mi
 * testamento está en el cajón del buró"), the writer's phone or bank passcode given ("la clave de mi cel es 4512"), a message
 * set to go out later explaining everything ("dejé programado un correo pa mañana explicando todo").
 * A pet or the children entrusted (`goodbye-hint`, weak): "@ana encárgate de mi gata porfa", "cuiden a mi perro"; and a
 * thanks for the time together said as over ("fue bonito trabajar con ustedes"). Alone each is an everyday errand; together,
 * or beside own risk, they are a goodbye.
 *
 * A passing thought of getting the means (`suicidal-thoughts`): "por un segundo pensé en comprar un montón de pastillas",
 * "se me ocurrió juntar muchas pastillas". Buying a box for a headache names no pile and no passing moment.
 *
 * Someone now talking as a relative who took their life did before it (`other-disclosure`): "mi tío se ahorcó y ahora mi
 * prima habla igualito que él antes", "mi hermano anda como mi papá antes de que se matara".
 */
const pet = 'gata|gato|gatita|gatito|perro|perra|perrita|perrito|mascota|mascotas|hijos|hijas|ninos|nenes|peques|plantas';
const phone = 'movil|celular|cel|telefono|iphone|compu|laptop|banco|cuenta+del+banco|tarjeta|correo|face|facebook|insta|instagram';
const pile = 'un+monton|muchas|muchisimas|un+chingo|un+buen|todas|cajas|varias+cajas|un+frasco|un+bote|un+punado|frascos';
const means = 'pastillas|pastis|pepas|pildoras|medicinas|calmantes|somniferos|ansioliticos|clonazepam|paracetamol|tylenol';
const died = 'ahorco|mato|suicido|colgo|quito+la+vida|tiro+del+puente|aviento';
const kin = 'tio|tia|papa|mama|padre|madre|hermano|hermana|primo|prima|abuelo|abuela|amigo|amiga|hijo|hija|esposo|esposa|novio|novia';

export const affairsHandedOverAndMeansThoughtOf: Record<string, string[]> = {
  'preparation-hint': [
    'mi testamento|seguro+de+vida|poliza|poliza+de+vida __ cajon|gaveta|buro|escritorio|closet|armario|ropero|carpeta|caja+fuerte|sobre|mesita|repisa|librero',
    `la|mi _ clave|contrasena|pin|password|contra|codigo|patron _ de|del _ mi|mis? _ ${phone} _ es|son`,
    'programado|programada|programados|programe|deje+programado|deje+programada _ un|una|el|la|mi|unos _ correo|correos|mail|mails|email|mensaje|mensajes|carta|audio|video __ explicando|explicandoles|explicandote|explicandolo _ todo|por+que|porque|el+porque|lo+que+paso',
  ],
  'goodbye-hint': [
    `encargate|encarguense|encarguese|cuida|cuidame|cuiden|cuidenme|te+encargo|les+encargo|quedate+con|quedense+con _ de? _ a? _ mi|mis _ ${pet}`,
    'fue|ha+sido _ muy? _ bonito|lindo|hermoso|un+gusto|un+honor|un+placer|un+privilegio _ trabajar|compartir|coincidir _ con _ ustedes|todos|todas|vos|ti',
  ],
  'suicidal-thoughts': [
    `por _ un _ segundo|momento|instante|ratito|rato|microsegundo __ pense|se+me+ocurrio|se+me+paso+por+la+cabeza|quise|tuve+ganas _ en? _ de? _ comprar|conseguir|juntar|llevarme|agarrar __ ${means}|cuerda|soga|veneno|raticida`,
    `pense|se+me+ocurrio|me+dieron+ganas|tuve+ganas _ en? _ de? _ comprar|conseguir|juntar _ ${pile} _ de? _ ${means}`,
  ],
  'other-disclosure': [
    `se ${died} __ __ habla|hablando|anda|esta|actua|se+porta|dice _ igualito|igualita|igual|como _ que? _ el|ella|lo+hacia|hacia _ antes`,
    `igualito|igualita|igual|como _ que? _ mi|su|el|la? _ ${kin} _ antes _ de _ que _ se _ matara|ahorcara|suicidara|colgara|quitara+la+vida`,
  ],
};
