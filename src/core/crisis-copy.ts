import type { ScreenLanguage } from '../domain/crisis/screen.js';

/**
 * The crisis route's words, in each language the screen reads. Safe-messaging: calm, direct, no
 * method talk, hope and actions, honest that a bot is not a crisis service. Written for this project
 * following #chatsafe (Orygen), the Action Alliance's Framework for Successful Messaging and
 * Samaritans' guidance on responding online.
 */
export interface CrisisCopy {
  /** What a lock screen shows instead of the text. */
  preview: string;
  notACrisisService: string;
  imminentOpening: string;
  askedYesOpening: string;
  dangerNow: (emergency: string) => string;
  peopleNow: string;
  safeQuestion: string;
  safeLabel: string;
  notSafeLabel: string;
  notSafe: (emergency: string) => string;
  notSafeMeanwhile: string;
  ifYouWouldRatherTalk: string;
  safeForNow: string;
  possibleOpening: string;
  askDirectly: string;
  whateverYourAnswer: string;
  yes: string;
  no: string;
  askedNo: string;
  debriefWithPeer: string;
  talkWithSupervisor: string;
  supportAnyTime: string;
  harmOpening: string;
  harmDanger: (emergency: string) => string;
  harmLines: string;
  harmPace: string;
  harmDevice: string;
  someoneElseOpening: string;
  forThem: (emergency: string) => string;
  procedure: string;
  defaultProcedure: string;
  forYou: string;
  debriefNow: string;
  notNow: string;
  offerQuestion: (contact: string) => string;
  offerYes: (contact: string) => string;
  yourSupervisor: string;
  /** The contact named on the member's own button. */
  mySupervisor: string;
  /** When the community has named no crisis contact: the offer still leads to an honest answer. */
  someone: string;
  yourCrisisContact: string;
}

const en: CrisisCopy = {
  preview: 'A message from peercircle',
  notACrisisService: "I'm a bot, not a crisis service: I can't call anyone or send help, but the people on these lines can.",
  imminentOpening: "I'm really glad you told me. Right now your safety matters more than anything else.",
  askedYesOpening: 'Thank you for telling me. That takes courage, and you deserve support right now.',
  dangerNow: (emergency) => `**If you might act on these thoughts, or you are in danger now, ${emergency}.**`,
  peopleNow: '**Free, confidential people you can talk to now:**',
  safeQuestion: '**Are you safe right now?**',
  safeLabel: "I'm safe for now",
  notSafeLabel: "I'm not safe",
  notSafe: (emergency) => `Thank you for telling me. Please **${emergency} now**, or ask someone near you to call for you.`,
  notSafeMeanwhile: 'While you wait: if you can, go to where other people are, and keep away from anything you could use to hurt yourself.',
  ifYouWouldRatherTalk: 'If you would rather talk to someone first:',
  safeForNow:
    "I'm glad you're safe for now. Feelings like these can come in waves: the lines above are there any time, day or night. Telling one person you trust how today has been can help too.",
  possibleOpening: 'Thank you for telling me. It sounds like things are really heavy right now.',
  askDirectly: "I'd like to ask you plainly, because it matters and you can answer honestly here: **are you thinking about suicide?**",
  whateverYourAnswer: 'Whatever your answer, this line is there any time:',
  yes: 'Yes',
  no: 'No',
  askedNo:
    "Thank you for answering. It still sounds like a lot to carry, and you don't have to carry it alone. Would one of these help? (Nothing happens unless you choose it.)",
  debriefWithPeer: 'A debrief with a peer now',
  talkWithSupervisor: 'Talk with my supervisor',
  supportAnyTime: '`/support` lists people and lines, any time.',
  harmOpening: 'Thank you for telling me. What is happening is not your fault, and you deserve to be safe.',
  harmDanger: (emergency) => `**If you are in danger now, ${emergency}.**`,
  harmLines: '**People who help with abuse, violence and stalking, free and confidential:**',
  harmPace: 'They can help you think through what feels safe for you, at your own pace.',
  harmDevice: 'If someone else might see this phone or these messages, a device they can’t check is safer.',
  someoneElseOpening:
    "That sounds heavy to carry. Hearing about someone else's crisis stays with you: that's secondary trauma, and it deserves care, not just coping. You are not responsible for anyone else’s safety on your own.",
  forThem: (emergency) => `**For them:** if they are in danger right now, ${emergency}. These lines are there for them too:`,
  procedure: "**Your organisation's procedure:**",
  defaultProcedure: "follow your organisation's crisis procedure, and bring in your supervisor.",
  forYou: '**For you:** a debrief with a peer can help you put it down for a while.',
  debriefNow: 'Debrief now',
  notNow: 'Not now',
  offerQuestion: (contact) => `Would you like ${contact} to reach out to you? I only tell them if you say yes, and never what you wrote.`,
  offerYes: (contact) => `Yes, ask ${contact} to reach out to me`,
  yourSupervisor: 'your supervisor',
  mySupervisor: 'my supervisor',
  someone: 'someone',
  yourCrisisContact: 'your crisis contact',
};

const es: CrisisCopy = {
  preview: 'Un mensaje de peercircle',
  notACrisisService: 'Soy un bot, no un servicio de crisis: no puedo llamar a nadie ni enviar ayuda, pero las personas de estas líneas sí.',
  imminentOpening: 'Me alegra mucho que me lo hayas contado. Ahora mismo tu seguridad es lo más importante.',
  askedYesOpening: 'Gracias por decírmelo. Hace falta valor, y mereces apoyo ahora mismo.',
  dangerNow: (emergency) => `**Si crees que podrías actuar según estos pensamientos, o estás en peligro ahora, ${emergency}.**`,
  peopleNow: '**Personas con las que puedes hablar ahora, gratis y de forma confidencial:**',
  safeQuestion: '**¿Estás a salvo ahora mismo?**',
  safeLabel: 'Por ahora estoy a salvo',
  notSafeLabel: 'No estoy a salvo',
  notSafe: (emergency) => `Gracias por decírmelo. Por favor, **${emergency} ahora**, o pide a alguien cercano que llame por ti.`,
  notSafeMeanwhile: 'Mientras tanto: si puedes, ve a un lugar donde haya otras personas y aléjate de cualquier cosa con la que podrías hacerte daño.',
  ifYouWouldRatherTalk: 'Si prefieres hablar antes con alguien:',
  safeForNow:
    'Me alegra que por ahora estés a salvo. Estos sentimientos pueden ir y venir: las líneas de arriba están ahí a cualquier hora, de día o de noche. Contarle a una persona de confianza cómo ha sido tu día también puede ayudar.',
  possibleOpening: 'Gracias por contármelo. Parece que ahora mismo las cosas pesan mucho.',
  askDirectly: 'Quiero preguntártelo directamente, porque importa y aquí puedes responder con sinceridad: **¿estás pensando en el suicidio?**',
  whateverYourAnswer: 'Sea cual sea tu respuesta, esta línea está ahí a cualquier hora:',
  yes: 'Sí',
  no: 'No',
  askedNo:
    'Gracias por responder. Aun así parece mucho para cargar, y no tienes que hacerlo solo ni sola. ¿Te ayudaría alguna de estas opciones? (No pasa nada a menos que la elijas.)',
  debriefWithPeer: 'Hablarlo ahora con un compañero',
  talkWithSupervisor: 'Hablar con mi supervisor',
  supportAnyTime: '`/support` muestra personas y líneas a las que acudir, a cualquier hora.',
  harmOpening: 'Gracias por contármelo. Lo que está pasando no es culpa tuya, y mereces estar a salvo.',
  harmDanger: (emergency) => `**Si estás en peligro ahora, ${emergency}.**`,
  harmLines: '**Personas que ayudan ante el abuso, la violencia y el acoso, gratis y de forma confidencial:**',
  harmPace: 'Pueden ayudarte a pensar qué es seguro para ti, a tu ritmo.',
  harmDevice: 'Si otra persona puede ver este teléfono o estos mensajes, es más seguro usar un dispositivo que no pueda revisar.',
  someoneElseOpening:
    'Eso pesa. Escuchar la crisis de otra persona se queda contigo: es trauma secundario, y merece cuidado, no solo aguantar. No eres responsable tú solo ni sola de la seguridad de nadie.',
  forThem: (emergency) => `**Para esa persona:** si está en peligro ahora mismo, ${emergency}. Estas líneas también están ahí para ella:`,
  procedure: '**El procedimiento de tu organización:**',
  defaultProcedure: 'sigue el procedimiento de crisis de tu organización e informa a tu supervisor.',
  forYou: '**Para ti:** hablarlo con un compañero puede ayudarte a soltarlo un rato.',
  debriefNow: 'Hablarlo ahora',
  notNow: 'Ahora no',
  offerQuestion: (contact) => `¿Quieres que ${contact} se ponga en contacto contigo? Solo se lo diré si dices que sí, y nunca lo que escribiste.`,
  offerYes: (contact) => `Sí, pide a ${contact} que me contacte`,
  yourSupervisor: 'tu supervisor',
  mySupervisor: 'mi supervisor',
  someone: 'alguien',
  yourCrisisContact: 'tu contacto de crisis',
};

export const crisisCopy: Record<ScreenLanguage, CrisisCopy> = { en, es };
