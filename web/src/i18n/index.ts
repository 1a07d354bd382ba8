import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = [
  { code: 'sv', label: 'Svenska' },
  { code: 'nb', label: 'Norsk bokmål' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'linje.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  const wanted = [stored, ...navigator.languages].filter((l): l is string => !!l);
  for (const tag of wanted) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'no' || base === 'nn' || base === 'nb') return 'nb';
    if (base === 'sv' || base === 'en') return base;
  }
  return 'sv';
}

export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
