import { describe, expect, it } from 'vitest';
import { caseVariants } from './like-search.js';

describe('caseVariants', () => {
  it('spells non-ASCII letters both ways and leaves ASCII alone', () => {
    expect(caseVariants('åsa').sort()).toEqual(['Åsa', 'åsa'].sort());
    expect(caseVariants('Öberg').sort()).toEqual(['Öberg', 'öberg'].sort());
    expect(caseVariants('ab')).toEqual(['ab']);
  });

  it('stays small for long words full of å/ä/ö', () => {
    expect(caseVariants('åäöåäöåäö').length).toBeLessThanOrEqual(16);
  });
});
