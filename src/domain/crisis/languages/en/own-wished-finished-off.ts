/**
 * The writer's own wish to be dead said as wanting an illness or the body to finish them (batch 107, eating-disorder and
 * self-harm recovery peers; notation in ../../patterns.ts, joined by ../en.ts): "i wish the heart stuff had just finished me
 * off", "hoping my body finally gives out", "i want my heart to give out". And lying still while the body fails, not
 * calling for help ("i'm lying here letting it happen instead of calling anyone"): acting now. A workout or a day that
 * "finished me off" told as what happened is tiredness, and "i want my heart to give out" needs the writer as the one who
 * wants it.
 */
export const ownWishedFinishedOff: Record<string, string[]> = {
  'wish-dead': [
    // "i wish the heart stuff had just finished me off", "hoping this finally takes me".
    'wish|wished|wishing|hope|hoping|pray|praying _ __ had|would|will|could|finally _ just? _ finish+me+off|finished+me+off|finish+me|finished+me|taken+me|take+me|takes+me|killed+me|kill+me|kills+me|end+me',
    // "i want my heart to give out", "hoping my body just gives out".
    'want|wish|hope|hoping|praying|waiting+for _ my _ heart|body|organs|kidneys _ to|would|will|just|finally? _ give|gives|stop|stops _ out?',
  ],
  'acting-now': [
    // "lying here letting it happen instead of calling anyone": the body failing and help refused now.
    'lying|laying|sitting|just _ here|there _ letting _ it _ happen ,? instead+of|and+not|not|without|rather+than|and+im+not|and+i+am+not _ calling|call|getting|texting|telling _ anyone|anybody|911|someone|help|an+ambulance',
  ],
};
