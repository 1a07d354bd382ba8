import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanMultiline,
  cleanSingleLine,
  codePointLength,
  validateDescription,
  validateTitle,
} from './text.js';

const isWellFormed = (s: string): boolean =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['åäö', 3],
    ['👍', 1],
    ['👍🏽', 2], // thumbs up + skin tone modifier
    ['👨‍👩‍👧', 5], // three people + two ZWJ
    ['🇸🇪', 2], // two regional indicators
    ['\ud83d', 1], // lone high surrogate
    ['a\udc00b', 3], // lone low surrogate
  ])('%j has %i code points', (s, n) => {
    expect(codePointLength(s)).toBe(n);
    if (isWellFormed(s)) expect(codePointLength(s)).toBe([...s].length);
  });
});

describe('cleanSingleLine', () => {
  it('normalises to NFC', () => {
    const decomposed = 'Ka\u0308vlinge'; // a + combining diaeresis
    const result = cleanSingleLine(decomposed);
    expect(result).toEqual({ ok: true, value: 'Kävlinge', removed: 0 });
    expect(result.ok && codePointLength(result.value)).toBe(8);
  });

  it('strips NUL and other C0/C1 controls by default', () => {
    expect(cleanSingleLine('Skri\u0000vare\u0007 \u009btrasig\u007f')).toEqual({
      ok: true,
      value: 'Skrivare trasig',
      removed: 4,
    });
  });

  it('turns line breaks and tabs into single spaces and trims', () => {
    expect(cleanSingleLine('  Skrivare\r\n\r\ntrasig\tigen\u2028nu\u0085 \n')).toEqual({
      ok: true,
      value: 'Skrivare trasig igen nu',
      removed: 0,
    });
  });

  it('rejects in REJECT mode, naming the first offending code point', () => {
    expect(cleanSingleLine('ab\u0000c\u0001', { controlCharacters: 'REJECT' })).toEqual({
      ok: false,
      reasons: [{ code: 'CONTROL_CHARACTER', params: { codePoint: 'U+0000', position: 2 } }],
    });
    expect(cleanSingleLine('👍\u009f', { controlCharacters: 'REJECT' })).toEqual({
      ok: false,
      reasons: [{ code: 'CONTROL_CHARACTER', params: { codePoint: 'U+009F', position: 1 } }],
    });
    // Line breaks are not rejected in a single line: they become spaces.
    expect(cleanSingleLine('a\nb', { controlCharacters: 'REJECT' })).toEqual({
      ok: true,
      value: 'a b',
      removed: 0,
    });
  });

  it('is NFC even when a stripped control sat between a letter and its mark', () => {
    expect(cleanSingleLine('a\u0000\u0308')).toEqual({ ok: true, value: 'ä', removed: 1 });
    expect(cleanMultiline('a\u0000\u0308')).toEqual({ ok: true, value: 'ä', removed: 1 });
  });

  it('handles unpaired surrogates', () => {
    expect(cleanSingleLine('a\ud83db')).toEqual({ ok: true, value: 'ab', removed: 1 });
    expect(cleanSingleLine('a\udc00', { controlCharacters: 'REJECT' })).toEqual({
      ok: false,
      reasons: [{ code: 'UNPAIRED_SURROGATE', params: { codePoint: 'U+DC00', position: 1 } }],
    });
  });

  it('keeps emoji, ZWJ sequences and non-Latin scripts intact', () => {
    const s = 'Hej 👨‍👩‍👧 🇸🇪 Привет مرحبا 你好';
    expect(cleanSingleLine(s)).toEqual({ ok: true, value: s, removed: 0 });
  });
});

describe('cleanMultiline', () => {
  it('keeps LF and TAB, maps CR/CRLF/U+2028 to LF, strips other controls, trims', () => {
    expect(cleanMultiline('\n  Rad 1\r\n\tRad 2\rRad 3\u2028Rad\u0000 4\u000b\n\n')).toEqual({
      ok: true,
      value: 'Rad 1\n\tRad 2\nRad 3\nRad 4',
      removed: 2,
    });
  });

  it('rejects a NUL in REJECT mode but accepts LF and TAB', () => {
    expect(cleanMultiline('a\n\tb', { controlCharacters: 'REJECT' })).toEqual({
      ok: true,
      value: 'a\n\tb',
      removed: 0,
    });
    expect(cleanMultiline('a\n\u0000', { controlCharacters: 'REJECT' })).toEqual({
      ok: false,
      reasons: [{ code: 'CONTROL_CHARACTER', params: { codePoint: 'U+0000', position: 2 } }],
    });
  });

  it('copes with 1 MB strings quickly', () => {
    const plain = 'lorem ipsum åäö '.repeat(65_536); // 1 MiB of UTF-16 code units
    const started = performance.now();
    const clean = cleanMultiline(plain);
    expect(clean.ok && clean.value.length).toBe(plain.length - 1); // trailing space trimmed
    const dirty = 'ab\u0000'.repeat(350_000);
    const stripped = cleanMultiline(dirty);
    expect(stripped).toEqual({ ok: true, value: 'ab'.repeat(350_000), removed: 350_000 });
    const emoji = '👍'.repeat(500_000);
    expect(cleanSingleLine(emoji)).toEqual({ ok: true, value: emoji, removed: 0 });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('property: output never contains a disallowed control character or lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        for (const s of [a, b, a + '\u0000' + b]) {
          const multi = cleanMultiline(s);
          const single = cleanSingleLine(s);
          expect(multi.ok && single.ok).toBe(true);
          if (multi.ok) {
            expect(CONTROL.test(multi.value)).toBe(false);
            expect(isWellFormed(multi.value)).toBe(true);
            expect(multi.value).toBe(multi.value.trim());
          }
          if (single.ok) {
            // eslint-disable-next-line no-control-regex
            expect(/[\u0000-\u001f\u007f-\u009f]/.test(single.value)).toBe(false);
            expect(isWellFormed(single.value)).toBe(true);
            expect(single.value).toBe(single.value.trim());
          }
        }
      }),
    );
  });

  it('property: cleaning is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = cleanMultiline(s);
        const onceSingle = cleanSingleLine(s);
        if (once.ok) expect(cleanMultiline(once.value)).toEqual({ ...once, removed: 0 });
        if (onceSingle.ok) {
          expect(cleanSingleLine(onceSingle.value)).toEqual({ ...onceSingle, removed: 0 });
        }
      }),
    );
  });
});

describe('validateTitle', () => {
  it('accepts and returns the cleaned title', () => {
    expect(validateTitle('  Skrivaren\u0000 på plan 3 \n')).toEqual({
      ok: true,
      value: 'Skrivaren på plan 3',
    });
  });

  it.each(['', '   ', '\n\t', '\u0000\u0001', '\u2028'])('%j is EMPTY', (s) => {
    expect(validateTitle(s)).toEqual({ ok: false, reasons: [{ code: 'EMPTY' }] });
  });

  it('accepts exactly 200 code points, counting emoji as code points', () => {
    expect(validateTitle('a'.repeat(200)).ok).toBe(true);
    expect(validateTitle('👍'.repeat(200)).ok).toBe(true); // 400 UTF-16 units, 200 code points
    expect(validateTitle('👍'.repeat(201))).toEqual({
      ok: false,
      reasons: [{ code: 'TOO_LONG', params: { max: 200, length: 201 } }],
    });
    // 40 family emoji = 40 × 5 code points = 200
    expect(validateTitle('👨‍👩‍👧'.repeat(40)).ok).toBe(true);
    expect(validateTitle('👨‍👩‍👧'.repeat(40) + 'x')).toEqual({
      ok: false,
      reasons: [{ code: 'TOO_LONG', params: { max: 200, length: 201 } }],
    });
  });

  it('measures after cleaning and NFC', () => {
    expect(validateTitle(`  ${'a\u0308'.repeat(200)}  `).ok).toBe(true); // 200 × ä after NFC
  });

  it('rejects a 1 MB title with TOO_LONG', () => {
    expect(validateTitle('x'.repeat(1 << 20))).toEqual({
      ok: false,
      reasons: [{ code: 'TOO_LONG', params: { max: 200, length: 1 << 20 } }],
    });
  });

  it('passes through REJECT mode', () => {
    expect(validateTitle('a\u0000', { controlCharacters: 'REJECT' })).toEqual({
      ok: false,
      reasons: [{ code: 'CONTROL_CHARACTER', params: { codePoint: 'U+0000', position: 1 } }],
    });
  });
});

describe('validateDescription', () => {
  it('allows empty, limits to 20 000 code points', () => {
    expect(validateDescription('  ')).toEqual({ ok: true, value: '' });
    expect(validateDescription('a\n'.repeat(10_000)).ok).toBe(true); // 19 999 after trim
    expect(validateDescription('x'.repeat(20_001))).toEqual({
      ok: false,
      reasons: [{ code: 'TOO_LONG', params: { max: 20_000, length: 20_001 } }],
    });
  });
});
