/** The interface languages Linje speaks. */
export const UI_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(s: string | null | undefined): s is UiLanguage {
  return (UI_LANGUAGES as readonly (string | null | undefined)[]).includes(s);
}

/** A municipality's default language from its country (ISO 3166): Norway bokmål, Sweden Swedish. */
export function defaultLanguageFor(country: string): UiLanguage {
  const c = country.toUpperCase();
  if (c === 'NO') return 'nb';
  if (c === 'SE') return 'sv';
  return 'en';
}

/** The interface language a BCP 47 tag asks for, if Linje speaks it (no, nn and nb read bokmål). */
export function uiLanguageOfTag(tag: string): UiLanguage | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
  if (base === 'sv' || base === 'en') return base;
  return null;
}

/**
 * The person's own choice (their profile) first, then the first browser language Linje speaks,
 * then the municipality's default.
 */
export function chooseLanguage(
  profile: string | null | undefined,
  browser: readonly string[],
  tenantDefault: UiLanguage,
): UiLanguage {
  if (isUiLanguage(profile)) return profile;
  for (const tag of browser) {
    const lang = uiLanguageOfTag(tag);
    if (lang) return lang;
  }
  return tenantDefault;
}
