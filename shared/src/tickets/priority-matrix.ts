/**
 * TOPdesk-style priority matrix: impact × urgency → priority, for non-critical tickets.
 *
 * CRITICAL is never read from the matrix: it is set explicitly when the reporter or
 * agent confirms one of the CRITICAL_DEFINITION_CODES.
 */

/** Impact, from smallest to largest (read as low / medium / high). */
export const IMPACTS = ['PERSON', 'GROUP', 'DEPARTMENT'] as const;
export type Impact = (typeof IMPACTS)[number];

/** Urgency, from lowest to highest. */
export const URGENCIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Priorities a matrix cell may hold, from lowest to highest. */
export const MATRIX_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type MatrixPriority = (typeof MATRIX_PRIORITIES)[number];

export type PriorityMatrix = {
  readonly [I in Impact]: { readonly [U in Urgency]: MatrixPriority };
};

/**
 * What makes a ticket CRITICAL (outside the matrix). The UI asks the user to confirm one
 * of these; the texts live in the web's translations.
 * - DANGER_TO_LIFE_OR_HEALTH: danger to life or health.
 * - DEPARTMENT_PRODUCTION_STOP: full production stop for a whole department.
 */
export const CRITICAL_DEFINITION_CODES = [
  'DANGER_TO_LIFE_OR_HEALTH',
  'DEPARTMENT_PRODUCTION_STOP',
] as const;
export type CriticalDefinitionCode = (typeof CRITICAL_DEFINITION_CODES)[number];

export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  PERSON: { LOW: 'LOW', MEDIUM: 'LOW', HIGH: 'MEDIUM' },
  GROUP: { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH' },
  DEPARTMENT: { LOW: 'MEDIUM', MEDIUM: 'HIGH', HIGH: 'HIGH' },
};

export function priorityFromMatrix(
  matrix: PriorityMatrix,
  impact: Impact,
  urgency: Urgency,
): MatrixPriority {
  return matrix[impact][urgency];
}

export type PriorityMatrixReason =
  | { readonly code: 'NOT_AN_OBJECT'; readonly params: { readonly path: string } }
  | { readonly code: 'UNKNOWN_IMPACT'; readonly params: { readonly impact: string } }
  | {
      readonly code: 'UNKNOWN_URGENCY';
      readonly params: { readonly impact: Impact; readonly urgency: string };
    }
  | {
      readonly code: 'MISSING_CELL';
      readonly params: { readonly impact: Impact; readonly urgency: Urgency };
    }
  | {
      readonly code: 'INVALID_PRIORITY';
      readonly params: {
        readonly impact: Impact;
        readonly urgency: Urgency;
        /** The offending value, stringified for display. */
        readonly value: string;
      };
    }
  | {
      /** The cell at (higherImpact, higherUrgency) is lower than the cell at (impact, urgency). */
      readonly code: 'NOT_MONOTONE';
      readonly params: {
        readonly impact: Impact;
        readonly urgency: Urgency;
        readonly priority: MatrixPriority;
        readonly higherImpact: Impact;
        readonly higherUrgency: Urgency;
        readonly higherPriority: MatrixPriority;
      };
    };

export type PriorityMatrixValidation =
  | { readonly ok: true; readonly matrix: PriorityMatrix }
  | { readonly ok: false; readonly reasons: readonly PriorityMatrixReason[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMatrixPriority(value: unknown): value is MatrixPriority {
  return typeof value === 'string' && (MATRIX_PRIORITIES as readonly string[]).includes(value);
}

const rank = (p: MatrixPriority): number => MATRIX_PRIORITIES.indexOf(p);

/**
 * Validates untrusted matrix data (e.g. tenant settings JSON): every impact × urgency
 * cell must be present and hold LOW/MEDIUM/HIGH (not CRITICAL), no unknown keys, and the
 * matrix must be monotone — raising impact or urgency by one step never lowers the
 * priority (which, by transitivity, covers every pair of cells).
 */
export function validatePriorityMatrix(input: unknown): PriorityMatrixValidation {
  if (!isRecord(input)) {
    return { ok: false, reasons: [{ code: 'NOT_AN_OBJECT', params: { path: '' } }] };
  }
  const reasons: PriorityMatrixReason[] = [];
  for (const key of Object.keys(input)) {
    if (!(IMPACTS as readonly string[]).includes(key)) {
      reasons.push({ code: 'UNKNOWN_IMPACT', params: { impact: key } });
    }
  }
  const cells = new Map<string, MatrixPriority>();
  for (const impact of IMPACTS) {
    const row = input[impact];
    if (!isRecord(row)) {
      if (row === undefined) {
        for (const urgency of URGENCIES) {
          reasons.push({ code: 'MISSING_CELL', params: { impact, urgency } });
        }
      } else {
        reasons.push({ code: 'NOT_AN_OBJECT', params: { path: impact } });
      }
      continue;
    }
    for (const key of Object.keys(row)) {
      if (!(URGENCIES as readonly string[]).includes(key)) {
        reasons.push({ code: 'UNKNOWN_URGENCY', params: { impact, urgency: key } });
      }
    }
    for (const urgency of URGENCIES) {
      const value = row[urgency];
      if (value === undefined) {
        reasons.push({ code: 'MISSING_CELL', params: { impact, urgency } });
      } else if (!isMatrixPriority(value)) {
        reasons.push({
          code: 'INVALID_PRIORITY',
          params: { impact, urgency, value: JSON.stringify(value) ?? String(value) },
        });
      } else {
        cells.set(`${impact}/${urgency}`, value);
      }
    }
  }
  // Monotonicity over adjacent cells (only where both cells are valid).
  for (const [i, impact] of IMPACTS.entries()) {
    for (const [u, urgency] of URGENCIES.entries()) {
      const here = cells.get(`${impact}/${urgency}`);
      if (here === undefined) continue;
      const neighbours: [Impact, Urgency][] = [];
      const nextImpact = IMPACTS[i + 1];
      const nextUrgency = URGENCIES[u + 1];
      if (nextImpact !== undefined) neighbours.push([nextImpact, urgency]);
      if (nextUrgency !== undefined) neighbours.push([impact, nextUrgency]);
      for (const [higherImpact, higherUrgency] of neighbours) {
        const higher = cells.get(`${higherImpact}/${higherUrgency}`);
        if (higher !== undefined && rank(higher) < rank(here)) {
          reasons.push({
            code: 'NOT_MONOTONE',
            params: {
              impact,
              urgency,
              priority: here,
              higherImpact,
              higherUrgency,
              higherPriority: higher,
            },
          });
        }
      }
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };
  const matrix = Object.fromEntries(
    IMPACTS.map((impact) => [
      impact,
      Object.fromEntries(URGENCIES.map((urgency) => [urgency, cells.get(`${impact}/${urgency}`)])),
    ]),
  ) as PriorityMatrix;
  return { ok: true, matrix };
}
