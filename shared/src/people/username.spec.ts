import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiLettersLower, foldToLatinLower } from './transliterate.js';
import {
  USERNAME_MAX_ATTEMPTS,
  baseUsername,
  generateUsername,
  usernameCandidate,
  type UsernamePerson,
  type UsernameScheme,
} from './username.js';

const SEED_001: UsernameScheme = { kind: 'SURNAME2_GIVEN_FIRSTLAST_YYDD' };
const DOTTED: UsernameScheme = { kind: 'GIVEN_DOT_SURNAME' };
const born = { year: 1998, month: 3, day: 4 };
const nothingTaken = () => false;

const gen = (scheme: UsernameScheme, person: UsernamePerson, taken: string[] = []) => {
  const result = generateUsername(scheme, person, (u) => taken.includes(u));
  return result.ok ? result.username : result.code;
};

describe('transliteration', () => {
  it.each([
    ['å', 'a'],
    ['Å', 'a'],
    ['ä', 'a'],
    ['Ä', 'a'],
    ['ö', 'o'],
    ['Ö', 'o'],
    ['é', 'e'],
    ['É', 'e'],
    ['ü', 'u'],
    ['Ü', 'u'],
    ['ø', 'o'],
    ['Ø', 'o'],
    ['æ', 'ae'],
    ['Æ', 'ae'],
    ['ß', 'ss'],
    ['ñ', 'n'],
    ['ç', 'c'],
    ['a\u030a', 'a'], // decomposed å
  ])('%s → %s', (from, to) => {
    expect(foldToLatinLower(from)).toBe(to);
    expect(asciiLettersLower(from)).toBe(to);
  });

  it('drops non-letters and non-Latin scripts for usernames', () => {
    expect(asciiLettersLower("O'Brien-Åberg 3")).toBe('obrienaberg');
    expect(asciiLettersLower('Дмитрий')).toBe('');
  });
});

describe('SURNAME2_GIVEN_FIRSTLAST_YYDD (seed 001)', () => {
  it('reproduces the seed example JOSA9804', () => {
    expect(gen(SEED_001, { givenName: 'Sara', surname: 'Johansson', birthDate: born })).toBe(
      'JOSA9804',
    );
  });

  it.each([
    ['Örjan', 'Åberg', { year: 1975, month: 12, day: 31 }, 'ABON7531'],
    ['Ämma', 'Ødegård', { year: 2001, month: 1, day: 9 }, 'ODAA0109'],
    ['Émile', 'Müller', { year: 1960, month: 2, day: 29 }, 'MUEE6029'],
    ['Æse', 'Ærø', born, 'AEAE9804'], // Æ → AE in both names
    ['Björn', 'Lindström', born, 'LIBN9804'],
    ['Karl Johan', 'Svensson', born, 'SVKL9804'], // first given name only
    ['Anna-Karin', 'Berg', born, 'BEAN9804'], // hyphenated given name counts as one
    ['Sara', 'Berg-Johansson', born, 'BESA9804'], // double surname: first part
    ['Sara', 'Berg Johansson', born, 'BESA9804'],
    ['Sara', "O'Brien", born, 'OBSA9804'],
    ['  sara  ', '  johansson ', born, 'JOSA9804'], // surrounding spaces, lower case
    ['A', 'Johansson', born, 'JOAA9804'], // one-letter given name: first = last
    ['Sara', 'Ö', born, 'OXSA9804'], // one-letter surname padded with X
    ['Дмитрий', 'Иванов', born, 'XXXX9804'], // no Latin letters at all
    ['Sara', 'Johansson', { year: 2000, month: 10, day: 1 }, 'JOSA0001'],
  ])('%s %s → %s', (givenName, surname, birthDate, expected) => {
    expect(gen(SEED_001, { givenName, surname, birthDate })).toBe(expected);
  });

  it('requires a valid birth date', () => {
    expect(baseUsername(SEED_001, { givenName: 'Sara', surname: 'Johansson' })).toEqual({
      ok: false,
      code: 'MISSING_BIRTH_DATE',
    });
    expect(
      baseUsername(SEED_001, { givenName: 'Sara', surname: 'Johansson', birthDate: null }),
    ).toMatchObject({ ok: false, code: 'MISSING_BIRTH_DATE' });
    for (const birthDate of [
      { year: 1999, month: 2, day: 29 },
      { year: 1998, month: 4, day: 31 },
      { year: 1998, month: 13, day: 1 },
      { year: 1998, month: 1, day: 0 },
      { year: 1998.5, month: 1, day: 1 },
    ]) {
      expect(baseUsername(SEED_001, { givenName: 'Sara', surname: 'J', birthDate })).toEqual({
        ok: false,
        code: 'INVALID_BIRTH_DATE',
        params: birthDate,
      });
    }
  });

  it('resolves collisions with letter suffixes A…Z, AA…', () => {
    const sara = { givenName: 'Sara', surname: 'Johansson', birthDate: born };
    expect(gen(SEED_001, sara, ['JOSA9804'])).toBe('JOSA9804A');
    expect(gen(SEED_001, sara, ['JOSA9804', 'JOSA9804A'])).toBe('JOSA9804B');
    expect(gen(SEED_001, sara, ['JOSA9804A'])).toBe('JOSA9804'); // base free: take it
    const first27 = Array.from({ length: 27 }, (_, n) =>
      usernameCandidate(SEED_001, 'JOSA9804', n),
    );
    expect(first27.slice(0, 3)).toEqual(['JOSA9804', 'JOSA9804A', 'JOSA9804B']);
    expect(first27[26]).toBe('JOSA9804Z');
    expect(gen(SEED_001, sara, first27)).toBe('JOSA9804AA');
    expect(usernameCandidate(SEED_001, 'B', 26 + 26 * 26)).toBe('BZZ');
    expect(usernameCandidate(SEED_001, 'B', 26 + 26 * 26 + 1)).toBe('BAAA');
  });

  it('gives up after USERNAME_MAX_ATTEMPTS', () => {
    let calls = 0;
    const result = generateUsername(
      SEED_001,
      { givenName: 'Sara', surname: 'Johansson', birthDate: born },
      () => {
        calls++;
        return true;
      },
    );
    expect(result).toEqual({
      ok: false,
      code: 'NO_FREE_USERNAME',
      params: { attempts: USERNAME_MAX_ATTEMPTS },
    });
    expect(calls).toBe(USERNAME_MAX_ATTEMPTS);
  });

  it('property: always /^[A-Z]{4}\\d{4}[A-Z0-9]*$/, free, and deterministic', () => {
    const birthDate = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
    const name = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.stringMatching(/^[A-Za-zÅÄÖåäöÆØæøéü' -]{0,20}$/),
    );
    fc.assert(
      fc.property(
        name,
        name,
        birthDate,
        fc.uniqueArray(fc.nat(40)),
        (givenName, surname, bd, takenN) => {
          const person = { givenName, surname, birthDate: bd };
          const base = baseUsername(SEED_001, person);
          expect(base.ok).toBe(true);
          if (!base.ok) return;
          const taken = new Set(takenN.map((n) => usernameCandidate(SEED_001, base.username, n)));
          const result = generateUsername(SEED_001, person, (u) => taken.has(u));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.username).toMatch(/^[A-Z]{4}\d{4}[A-Z0-9]*$/);
          expect(result.username.startsWith(base.username)).toBe(true);
          expect(result.username.slice(4, 8)).toBe(
            `${String(bd.year % 100).padStart(2, '0')}${String(bd.day).padStart(2, '0')}`,
          );
          expect(taken.has(result.username)).toBe(false);
          expect(generateUsername(SEED_001, person, (u) => taken.has(u))).toEqual(result);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('GIVEN_DOT_SURNAME', () => {
  it.each([
    ['Sara', 'Johansson', 'sara.johansson'],
    ['Örjan', 'Åberg', 'orjan.aberg'],
    ['Ærlig', 'Søndergård', 'aerlig.sondergard'],
    ['Anna-Karin', 'Berg Johansson', 'anna-karin.berg-johansson'],
    ['Karl Johan', 'Svensson', 'karl.svensson'],
    ['Sara', "O'Brien", 'sara.obrien'],
    ['Sara', 'von  Sydow', 'sara.von-sydow'],
    ['Sara', ' -Berg- ', 'sara.berg'],
    ['A', 'B', 'a.b'],
  ])('%s %s → %s', (givenName, surname, expected) => {
    expect(gen(DOTTED, { givenName, surname })).toBe(expected);
  });

  it('needs Latin letters in both names', () => {
    expect(baseUsername(DOTTED, { givenName: 'Дмитрий', surname: 'Berg' })).toEqual({
      ok: false,
      code: 'NAME_HAS_NO_LETTERS',
      params: { field: 'givenName' },
    });
    expect(baseUsername(DOTTED, { givenName: 'Sara', surname: '--' })).toEqual({
      ok: false,
      code: 'NAME_HAS_NO_LETTERS',
      params: { field: 'surname' },
    });
  });

  it('resolves collisions with numbers starting at 2', () => {
    const sara = { givenName: 'Sara', surname: 'Johansson' };
    expect(gen(DOTTED, sara, ['sara.johansson'])).toBe('sara.johansson2');
    expect(gen(DOTTED, sara, ['sara.johansson', 'sara.johansson2'])).toBe('sara.johansson3');
  });

  it('property: lower-case dotted form, free', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.uniqueArray(fc.nat(20)),
        (givenName, surname, takenN) => {
          const base = baseUsername(DOTTED, { givenName, surname });
          if (!base.ok) return;
          const taken = new Set(takenN.map((n) => usernameCandidate(DOTTED, base.username, n)));
          const result = generateUsername(DOTTED, { givenName, surname }, (u) => taken.has(u));
          expect(result.ok && result.username).toMatch(
            /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*(\d+)?$/,
          );
          expect(result.ok && taken.has(result.username)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ignores the birth date', () => {
    expect(gen(DOTTED, { givenName: 'Sara', surname: 'Lind', birthDate: born })).toBe('sara.lind');
  });
});

describe('nothingTaken helper sanity', () => {
  it('returns the base', () => {
    const result = generateUsername(
      SEED_001,
      { givenName: 'Sara', surname: 'Johansson', birthDate: born },
      nothingTaken,
    );
    expect(result).toEqual({ ok: true, username: 'JOSA9804' });
  });
});
