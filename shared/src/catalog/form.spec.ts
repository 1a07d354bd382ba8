import { describe, expect, it } from 'vitest';
import {
  correctionProblems,
  isIsoDate,
  validateFormDefinition,
  validateSubmission,
  type FormDefinition,
} from './form.js';

const L = (en: string) => ({ sv: en, nb: en, en });

const LEAVE: FormDefinition = {
  fields: [
    {
      key: 'kind',
      label: L('Kind'),
      type: 'SELECT',
      required: true,
      options: [
        { value: 'VACATION', label: L('Vacation') },
        { value: 'UNPAID', label: L('Unpaid') },
      ],
      correctable: false,
    },
    { key: 'fromDate', label: L('From'), type: 'DATE', required: true, correctable: true },
    { key: 'toDate', label: L('To'), type: 'DATE', required: true, correctable: true },
    { key: 'days', label: L('Days'), type: 'NUMBER', required: false, correctable: true },
    { key: 'note', label: L('Note'), type: 'TEXT', required: false, correctable: false },
    { key: 'confirm', label: L('I confirm'), type: 'BOOLEAN', required: true, correctable: false },
  ],
  rules: [{ kind: 'FROM_LE_TO', from: 'fromDate', to: 'toDate' }],
};

const good = { kind: 'VACATION', fromDate: '2026-12-21', toDate: '2026-12-30', confirm: true };

describe('validateSubmission', () => {
  it('accepts a complete form and trims and drops blanks', () => {
    const r = validateSubmission(LEAVE, { ...good, note: '  soon  ', days: 7 });
    expect(r).toEqual({ ok: true, values: { ...good, note: 'soon', days: 7 } });
    const blank = validateSubmission(LEAVE, { ...good, note: '   ' });
    expect(blank).toEqual({ ok: true, values: good });
  });

  it('names every missing required field', () => {
    const r = validateSubmission(LEAVE, { note: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([
      ['kind', 'REQUIRED'],
      ['fromDate', 'REQUIRED'],
      ['toDate', 'REQUIRED'],
      ['confirm', 'REQUIRED'],
    ]);
  });

  it('treats an unticked required box as missing', () => {
    const r = validateSubmission(LEAVE, { ...good, confirm: false });
    expect(r).toEqual({ ok: false, problems: [{ field: 'confirm', code: 'REQUIRED' }] });
  });

  it('refuses wrong types, impossible dates, unknown options and unknown fields', () => {
    const r = validateSubmission(LEAVE, {
      kind: 'HOLIDAY',
      fromDate: '2026-02-30',
      toDate: 20261230,
      days: '7',
      confirm: 'yes',
      extra: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([
      ['extra', 'UNKNOWN_FIELD'],
      ['kind', 'NOT_AN_OPTION'],
      ['fromDate', 'INVALID_DATE'],
      ['toDate', 'WRONG_TYPE'],
      ['days', 'WRONG_TYPE'],
      ['confirm', 'WRONG_TYPE'],
    ]);
  });

  it('refuses dates in the wrong order on the declared rule, allows the same day', () => {
    const r = validateSubmission(LEAVE, { ...good, fromDate: '2026-12-30', toDate: '2026-12-21' });
    expect(r).toEqual({
      ok: false,
      problems: [{ field: 'toDate', code: 'FROM_AFTER_TO', params: { from: 'fromDate' } }],
    });
    expect(validateSubmission(LEAVE, { ...good, toDate: good.fromDate }).ok).toBe(true);
  });

  it('drops control characters from texts', () => {
    const r = validateSubmission(LEAVE, { ...good, note: 'a\u0000b' });
    expect(r).toEqual({ ok: true, values: { ...good, note: 'ab' } });
    expect(validateSubmission(LEAVE, { ...good, note: '\u0000' })).toEqual({
      ok: true,
      values: good,
    });
  });

  it('refuses an over-long text', () => {
    const r = validateSubmission(LEAVE, { ...good, note: 'x'.repeat(2001) });
    expect(r.ok).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('knows leap years and formats', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });
});

describe('correctionProblems', () => {
  it('allows changes to correctable fields only', () => {
    const before = { ...good, note: 'a' };
    expect(correctionProblems(LEAVE, before, { ...before, fromDate: '2026-12-22' })).toEqual([]);
    expect(correctionProblems(LEAVE, before, { ...before, kind: 'UNPAID' })).toEqual([
      { field: 'kind', code: 'NOT_CORRECTABLE' },
    ]);
    // Clearing a locked field is a change too.
    const { note: _dropped, ...withoutNote } = before;
    expect(correctionProblems(LEAVE, before, withoutNote)).toEqual([
      { field: 'note', code: 'NOT_CORRECTABLE' },
    ]);
  });
});

describe('validateFormDefinition', () => {
  it('accepts a sound form and finds faults in a bad one', () => {
    expect(validateFormDefinition(LEAVE)).toEqual([]);
    const bad: FormDefinition = {
      fields: [
        { key: '1x', label: L('A'), type: 'TEXT', required: false, correctable: false },
        {
          key: 'a',
          label: { sv: '', nb: 'a', en: 'a' },
          type: 'TEXT',
          required: false,
          correctable: false,
        },
        { key: 'a', label: L('A'), type: 'SELECT', required: false, correctable: false },
      ],
      rules: [{ kind: 'FROM_LE_TO', from: 'a', to: 'missing' }],
    };
    expect(validateFormDefinition(bad).map((p) => p.code)).toEqual([
      'BAD_KEY',
      'MISSING_LABEL',
      'DUPLICATE_KEY',
      'NO_OPTIONS',
      'BAD_RULE',
    ]);
  });
});
