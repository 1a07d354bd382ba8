import { describe, expect, it } from 'vitest';
import { fts5Query, searchTerms, tsQuery } from './search-query.js';

describe('search queries', () => {
  it('keeps only words, lower-cased, the last as a prefix', () => {
    const terms = searchTerms('Skrivaren "NEAR(x)" OR -drop*; Å');
    expect(terms).toEqual(['skrivaren', 'near', 'x', 'or', 'drop', 'å']);
    expect(fts5Query(['printer', 'jam'])).toBe('"printer" "jam"*');
    expect(tsQuery(['printer', 'jam'])).toBe('printer & jam:*');
  });

  it('yields nothing for punctuation only and caps the number of words', () => {
    expect(searchTerms('\'"*()&|:!')).toEqual([]);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});
