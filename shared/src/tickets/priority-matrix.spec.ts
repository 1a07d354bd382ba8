import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITICAL_DEFINITION_CODES,
  DEFAULT_PRIORITY_MATRIX,
  IMPACTS,
  MATRIX_PRIORITIES,
  URGENCIES,
  priorityFromMatrix,
  validatePriorityMatrix,
  type MatrixPriority,
  type PriorityMatrix,
} from './priority-matrix.js';

const rank = (p: MatrixPriority) => MATRIX_PRIORITIES.indexOf(p);

/** Mutable copies of the rows of a matrix, for building broken inputs. */
function rows(m: PriorityMatrix) {
  const copy = (row: object): Record<string, unknown> => ({ ...row });
  return { PERSON: copy(m.PERSON), GROUP: copy(m.GROUP), DEPARTMENT: copy(m.DEPARTMENT) };
}

describe('DEFAULT_PRIORITY_MATRIX', () => {
  it.each([
    ['PERSON', 'LOW', 'LOW'],
    ['PERSON', 'MEDIUM', 'LOW'],
    ['PERSON', 'HIGH', 'MEDIUM'],
    ['GROUP', 'LOW', 'LOW'],
    ['GROUP', 'MEDIUM', 'MEDIUM'],
    ['GROUP', 'HIGH', 'HIGH'],
    ['DEPARTMENT', 'LOW', 'MEDIUM'],
    ['DEPARTMENT', 'MEDIUM', 'HIGH'],
    ['DEPARTMENT', 'HIGH', 'HIGH'],
  ] as const)('%s × %s → %s', (impact, urgency, priority) => {
    expect(priorityFromMatrix(DEFAULT_PRIORITY_MATRIX, impact, urgency)).toBe(priority);
  });

  it('is valid', () => {
    expect(validatePriorityMatrix(DEFAULT_PRIORITY_MATRIX)).toEqual({
      ok: true,
      matrix: DEFAULT_PRIORITY_MATRIX,
    });
  });

  it('never yields CRITICAL', () => {
    for (const i of IMPACTS) {
      for (const u of URGENCIES) {
        expect(priorityFromMatrix(DEFAULT_PRIORITY_MATRIX, i, u)).not.toBe('CRITICAL');
      }
    }
  });
});

describe('CRITICAL_DEFINITION_CODES', () => {
  it('lists danger to life/health and a department-wide production stop', () => {
    expect(CRITICAL_DEFINITION_CODES).toEqual([
      'DANGER_TO_LIFE_OR_HEALTH',
      'DEPARTMENT_PRODUCTION_STOP',
    ]);
  });
});

describe('validatePriorityMatrix', () => {
  it('rejects non-objects', () => {
    for (const input of [null, undefined, 42, 'HIGH', []]) {
      expect(validatePriorityMatrix(input)).toEqual({
        ok: false,
        reasons: [{ code: 'NOT_AN_OBJECT', params: { path: '' } }],
      });
    }
  });

  it('reports every missing cell of an incomplete matrix', () => {
    const r = rows(DEFAULT_PRIORITY_MATRIX);
    delete r.GROUP.HIGH;
    const m: Record<string, unknown> = { ...r };
    delete m.DEPARTMENT;
    const result = validatePriorityMatrix(m);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons).toEqual([
      { code: 'MISSING_CELL', params: { impact: 'GROUP', urgency: 'HIGH' } },
      { code: 'MISSING_CELL', params: { impact: 'DEPARTMENT', urgency: 'LOW' } },
      { code: 'MISSING_CELL', params: { impact: 'DEPARTMENT', urgency: 'MEDIUM' } },
      { code: 'MISSING_CELL', params: { impact: 'DEPARTMENT', urgency: 'HIGH' } },
    ]);
  });

  it('rejects CRITICAL, unknown values, unknown keys and non-object rows', () => {
    const r = rows(DEFAULT_PRIORITY_MATRIX);
    r.PERSON.LOW = 'CRITICAL';
    r.PERSON.MEDIUM = 3;
    r.GROUP.URGENT = 'HIGH';
    const m: Record<string, unknown> = { ...r, MUNICIPALITY: {}, DEPARTMENT: 'HIGH' };
    const result = validatePriorityMatrix(m);
    expect(!result.ok && result.reasons).toEqual([
      { code: 'UNKNOWN_IMPACT', params: { impact: 'MUNICIPALITY' } },
      {
        code: 'INVALID_PRIORITY',
        params: { impact: 'PERSON', urgency: 'LOW', value: '"CRITICAL"' },
      },
      { code: 'INVALID_PRIORITY', params: { impact: 'PERSON', urgency: 'MEDIUM', value: '3' } },
      { code: 'UNKNOWN_URGENCY', params: { impact: 'GROUP', urgency: 'URGENT' } },
      { code: 'NOT_AN_OBJECT', params: { path: 'DEPARTMENT' } },
    ]);
  });

  it('rejects a non-monotone matrix, naming both cells', () => {
    const m = rows(DEFAULT_PRIORITY_MATRIX);
    m.DEPARTMENT.HIGH = 'LOW';
    const result = validatePriorityMatrix(m);
    expect(!result.ok && result.reasons).toEqual([
      {
        code: 'NOT_MONOTONE',
        params: {
          impact: 'GROUP',
          urgency: 'HIGH',
          priority: 'HIGH',
          higherImpact: 'DEPARTMENT',
          higherUrgency: 'HIGH',
          higherPriority: 'LOW',
        },
      },
      {
        code: 'NOT_MONOTONE',
        params: {
          impact: 'DEPARTMENT',
          urgency: 'MEDIUM',
          priority: 'HIGH',
          higherImpact: 'DEPARTMENT',
          higherUrgency: 'HIGH',
          higherPriority: 'LOW',
        },
      },
    ]);
  });

  it('accepts a flat matrix (all one priority)', () => {
    const flat = Object.fromEntries(
      IMPACTS.map((i) => [i, Object.fromEntries(URGENCIES.map((u) => [u, 'MEDIUM']))]),
    );
    expect(validatePriorityMatrix(flat).ok).toBe(true);
  });

  it('property: valid ⇔ no pair of cells (dominating → lower) violates order', () => {
    const cell = fc.constantFrom(...MATRIX_PRIORITIES);
    const row = fc.record({ LOW: cell, MEDIUM: cell, HIGH: cell });
    const matrix = fc.record({ PERSON: row, GROUP: row, DEPARTMENT: row });
    fc.assert(
      fc.property(matrix, (m) => {
        let monotone = true;
        for (const [i1, impact1] of IMPACTS.entries()) {
          for (const [u1, urgency1] of URGENCIES.entries()) {
            for (const [i2, impact2] of IMPACTS.entries()) {
              for (const [u2, urgency2] of URGENCIES.entries()) {
                if (
                  i2 >= i1 &&
                  u2 >= u1 &&
                  rank(m[impact2][urgency2]) < rank(m[impact1][urgency1])
                ) {
                  monotone = false;
                }
              }
            }
          }
        }
        const result = validatePriorityMatrix(m);
        expect(result.ok).toBe(monotone);
        if (result.ok) expect(result.matrix).toEqual(m);
      }),
      { numRuns: 500 },
    );
  });
});
