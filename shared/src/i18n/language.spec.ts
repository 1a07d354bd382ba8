import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, chooseLanguage, defaultLanguageFor, uiLanguageOfTag } from '../index.js';

describe('chooseLanguage', () => {
  it('takes the profile first, then the browser, then the municipality default', () => {
    expect(chooseLanguage('en', ['nb-NO'], 'sv')).toBe('en');
    expect(chooseLanguage(null, ['de-DE', 'nb-NO', 'sv'], 'sv')).toBe('nb');
    expect(chooseLanguage(null, ['de-DE', 'fr'], 'nb')).toBe('nb');
    expect(chooseLanguage(undefined, [], 'sv')).toBe('sv');
    // An unknown stored value is ignored rather than trusted.
    expect(chooseLanguage('xx', ['en-GB'], 'sv')).toBe('en');
  });

  it('reads Norwegian tags as bokmål and ignores region and case', () => {
    expect(uiLanguageOfTag('no')).toBe('nb');
    expect(uiLanguageOfTag('nn-NO')).toBe('nb');
    expect(uiLanguageOfTag('SV_se')).toBe('sv');
    expect(uiLanguageOfTag('en-US')).toBe('en');
    expect(uiLanguageOfTag('da-DK')).toBeNull();
  });

  it('defaults by country', () => {
    expect(defaultLanguageFor('NO')).toBe('nb');
    expect(defaultLanguageFor('se')).toBe('sv');
    expect(defaultLanguageFor('FI')).toBe('en');
  });

  it('always answers a language Linje speaks, and the profile wins whenever it is one (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.array(fc.string()),
        fc.constantFrom(...UI_LANGUAGES),
        fc.constantFrom(...UI_LANGUAGES),
        (profile, browser, fallback, chosen) => {
          expect(UI_LANGUAGES).toContain(chooseLanguage(profile, browser, fallback));
          expect(chooseLanguage(chosen, browser, fallback)).toBe(chosen);
        },
      ),
    );
  });
});
