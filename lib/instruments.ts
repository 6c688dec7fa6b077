/** How instruments replace one another, read from their `supersedes` lists. */
import type { Instrument } from './content/schemas';

export interface Supersessions<T> {
  /** The instruments this one replaced, in the order its record lists them. */
  replaces: T[];
  /** The instruments that replaced this one. */
  replacedBy: T[];
}

export function supersessions<T extends Pick<Instrument, 'id' | 'supersedes'>>(
  instrument: T,
  instruments: readonly T[],
): Supersessions<T> {
  const byId = (id: string) => {
    const found = instruments.find((i) => i.id === id);
    if (!found) throw new Error(`${instrument.id} supersedes "${id}", which is not an instrument`);
    return found;
  };
  return {
    replaces: instrument.supersedes.map(byId),
    replacedBy: instruments.filter((i) => i.supersedes.includes(instrument.id)),
  };
}
