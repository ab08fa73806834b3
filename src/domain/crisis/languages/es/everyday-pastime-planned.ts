/**
 * `pastimePlanned` (idiom, right after the sign): what the writer will do with a free house or a free night, named right after
 * the plan ("ya sé lo que voy a hacer con la casa sola: fiesta", "ya sé lo que voy a hacer, maratón de series"). Sleep and rest are
 * left out: "pastillas para dormir" names a means, not a pastime.
 */
export const pastimePlanned: string[] = ['maraton|fiesta|fiestita|previa|pizza|asado|juntada|pijamada|karaoke|limpieza|birras|chelas'];
