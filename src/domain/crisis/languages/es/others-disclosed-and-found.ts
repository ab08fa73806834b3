/**
 * Spanish wording for someone else's crisis as a peer worker or a relative tells it, read after the forty-ninth fresh batch
 * (notation in ../../patterns.ts, macros in ../es.ts): a client's words told without quotation marks ("no piensa llegar a fin de
 * año", "si no fuera por el grupo ya se habría matado"); an elder's pension taken by
 * the one who looks after her; a woman shut in again by her partner; self-harm told by its aftermath (tissues with blood in a
 * bin); an attempt told by the hospital it led to.
 * Look-alikes kept quiet (test/unit/domain/crisis/others-and-harm-told-at-work.test.ts): a client who "piensa llegar a fin de año
 * con trabajo", a carer who collects the pension with permission, a nosebleed, "si no fuera por el café ya estaría dormida".
 */
export const othersDisclosedAndFoundEs: Record<string, string[]> = {
  'other-disclosure': [
    // Not planning to reach a date: "no piensa llegar a fin de año".
    'no _ piensa|planea|pensaba|planeaba|cree|creia|quiere|queria _ llegar|pasar|ver|vivir _ a|hasta? _ fin+de+ano|navidad|ano+nuevo|su+cumple|su+cumpleanos|diciembre|el+viernes|el+sabado|el+domingo|el+lunes|manana|la+semana+que+viene',
    // Alive only because of the group or the worker: "si no fuera por el grupo ya se habría matado".
    'si _ no _ fuera|fueras|fuese|fueses|hubiera|hubieras|hubiese _ __ ya _ se _ habria|hubiera|hubiese _ matado|suicidado|ido|quitado|muerto|colgado',
    // An elder's pension taken by the one who looks after her: "el que la cuida le saca la pensión".
    'el|la _ que _ la|lo _ cuida|cuidaba|atiende __ le _ saca|quita|cobra|roba|agarra|saco|quito|robo|cobraba _ la|su|el _ pension|jubilacion|plata|dinero|cheque',
    // Shut in again by her partner: "a la B la volvió a encerrar el novio".
    'la|lo _ volvio|vuelve|volvieron _ a _ encerrar|golpear|pegar|amenazar|correr _ el|su _ novio|marido|pareja|ex|esposo|padrastro|viejo',
  ],
  'other-self-harm': [
    // Aftermath found: "encontré pañuelos con sangre escondidos en el bote de mi hija".
    'encontre|halle|vi|encuentro|sigo+encontrando _ __ panuelos|toallas|curitas|vendas|gasas|papel|kleenex|servilletas|navajas|cuchillas _ con _ sangre',
    'encontre|halle|vi|encuentro|sigo+encontrando _ __ panuelos|toallas|curitas|vendas|gasas|papel|kleenex|servilletas _ ensangrentados|ensangrentadas|manchados+de+sangre|manchadas+de+sangre',
  ],
  'other-attempt': [
    // Told by the hospital it led to: "está en el hospital después de intentar quitarse la vida".
    'despues _ de _ intentar|tratar+de _ se? _ quitar|matar|ahorcar|suicidar|colgar',
  ],
};
