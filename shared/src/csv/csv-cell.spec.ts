import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, guardCsvFormula, unguardCsvFormula } from './csv-cell.js';

describe('CSV cells', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+46', '-5', '@SUM(A1)', '\tx']) {
      expect(guardCsvFormula(v)).toBe(`'${v}`);
    }
    expect(guardCsvFormula('Laptop')).toBe('Laptop');
    expect(guardCsvFormula('')).toBe('');
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
    expect(
      csvText([
        ['tag', 'name'],
        ['KAV-1', 'x'],
      ]),
    ).toBe('tag,name\r\nKAV-1,x\r\n');
  });

  it('gives back on import exactly what was exported', () => {
    for (const v of ["'=x", "''+1", "'plain", '=x']) {
      expect(unguardCsvFormula(guardCsvFormula(v))).toBe(v);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', 'a', ',') }), (v) => {
        expect(unguardCsvFormula(guardCsvFormula(v))).toBe(v);
      }),
    );
  });
});
