import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chooseLanguage, type UiLanguage } from '@linje/shared';
import { resources } from './resources';

export const LANGUAGES = [
  { code: 'sv', label: 'Svenska' },
  { code: 'nb', label: 'Norsk bokmål' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'linje.language';

/**
 * What this browser asks for: a language picked here before (signed out, or remembered from
 * the profile), then the browser's own list.
 */
function browserLanguages(): string[] {
  const stored = localStorage.getItem(STORAGE_KEY);
  return [stored, ...navigator.languages].filter((l): l is string => !!l);
}

function apply(lang: UiLanguage): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** A language picked in the menu, remembered in this browser (and, signed in, the profile). */
export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  apply(lang);
}

/**
 * Once the person is known: their profile's choice, then the browser's, then the
 * municipality's default.
 */
export function applyViewerLanguage(profile: string | null, tenantDefault: string): void {
  const fallback = chooseLanguage(tenantDefault, [], 'sv');
  const lang = chooseLanguage(profile, browserLanguages(), fallback);
  if (profile === lang) localStorage.setItem(STORAGE_KEY, lang);
  apply(lang);
}

void i18n.use(initReactI18next).init({
  resources,
  // Before sign-in the municipality is unknown; Swedish is the most common default.
  lng: chooseLanguage(null, browserLanguages(), 'sv'),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
