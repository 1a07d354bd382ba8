import { TICKET_PRIORITIES } from '@linje/shared';
import { AppError } from '../common/app-error.js';

const PRIORITY_RANKS = TICKET_PRIORITIES.length;

/**
 * Where a walk by deadline stands: phase 0 walks tickets with a deadline (ascending),
 * phase 1 those without one (newest first), so "null sorts last" stays index-friendly on
 * both databases.
 */
export interface DeadlinePosition {
  phase: 0 | 1;
  at: number;
  id: string;
}

/** Opaque keyset cursors. PRIORITY walks by deadline within each priority, highest first. */
export type QueueCursor =
  | ({ sort: 'SLA_DUE' } & DeadlinePosition)
  | ({ sort: 'PRIORITY'; rank: number } & DeadlinePosition)
  | { sort: 'CREATED_DESC'; at: number; id: string };

export function encodeCursor(c: QueueCursor): string {
  const parts =
    c.sort === 'SLA_DUE'
      ? ['S', c.phase, c.at, c.id]
      : c.sort === 'PRIORITY'
        ? ['P', c.rank, c.phase, c.at, c.id]
        : ['C', c.at, c.id];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function invalid(): AppError {
  return AppError.badInput('The page cursor is not valid; start again from the first page.', [
    { field: 'after', code: 'INVALID_CURSOR', message: 'is not a cursor returned by this server' },
  ]);
}

export function decodeCursor(s: string, sort: QueueCursor['sort']): QueueCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed)) throw invalid();
  if (
    sort === 'SLA_DUE' &&
    parsed.length === 4 &&
    parsed[0] === 'S' &&
    (parsed[1] === 0 || parsed[1] === 1) &&
    typeof parsed[2] === 'number' &&
    typeof parsed[3] === 'string'
  ) {
    return { sort, phase: parsed[1], at: parsed[2], id: parsed[3] };
  }
  if (
    sort === 'PRIORITY' &&
    parsed.length === 5 &&
    parsed[0] === 'P' &&
    Number.isInteger(parsed[1]) &&
    (parsed[1] as number) >= 0 &&
    (parsed[1] as number) < PRIORITY_RANKS &&
    (parsed[2] === 0 || parsed[2] === 1) &&
    typeof parsed[3] === 'number' &&
    typeof parsed[4] === 'string'
  ) {
    return { sort, rank: parsed[1] as number, phase: parsed[2], at: parsed[3], id: parsed[4] };
  }
  if (
    sort === 'CREATED_DESC' &&
    parsed.length === 3 &&
    parsed[0] === 'C' &&
    typeof parsed[1] === 'number' &&
    typeof parsed[2] === 'string'
  ) {
    return { sort, at: parsed[1], id: parsed[2] };
  }
  throw invalid();
}
