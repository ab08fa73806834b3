/** `@db.Date` columns travel as Dates at UTC midnight; the domain speaks "YYYY-MM-DD". */
export const toDateColumn = (localDate: string): Date => new Date(`${localDate}T00:00:00.000Z`);
export const fromDateColumn = (value: Date): string => value.toISOString().slice(0, 10);
