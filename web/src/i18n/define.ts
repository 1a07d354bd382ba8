type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** A feature's texts: English is the reference, and Swedish and Norwegian must have the same keys. */
export function defineMessages<T extends Record<string, unknown>>(bundle: {
  en: T;
  sv: Widen<T>;
  nb: Widen<T>;
}): { en: T; sv: Widen<T>; nb: Widen<T> } {
  return bundle;
}
