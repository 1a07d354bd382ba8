/**
 * Walking the manager tree (person → manager → manager's manager → …) and choosing whom
 * to contact next when a matter (e.g. overtime during an incident) must be escalated.
 * Pure functions over a plain lookup; the caller loads the people.
 */
import type { Role } from '../people/roles.js';

export interface ChainPerson {
  readonly id: string;
  readonly managerId: string | null;
  readonly roles: readonly Role[];
  readonly absent: boolean;
  /** The registered deputy (ställföreträdare) while this person is absent. */
  readonly deputyId: string | null;
}

export type PersonLookup = (id: string) => ChainPerson | undefined;

/** Roles that may authorise overtime; the first such person ends an escalation. */
export const OVERTIME_AUTHORISER_ROLES: readonly Role[] = ['IT_SUPERIOR', 'MUNICIPAL_DIRECTOR'];

export function mayAuthoriseOvertime(roles: readonly Role[]): boolean {
  return roles.some((role) => OVERTIME_AUTHORISER_ROLES.includes(role));
}

export type ManagerChainResult =
  | { readonly ok: true; readonly chain: readonly ChainPerson[] }
  | {
      readonly ok: false;
      /** Following managerId leads back to someone already visited. */
      readonly code: 'CYCLE';
      /** The ids on the cycle, in managerId order, starting where the walk re-entered it. */
      readonly params: { readonly cycle: readonly string[] };
      /** The chain up to (not repeating) the first person seen twice. */
      readonly partialChain: readonly ChainPerson[];
    }
  | {
      readonly ok: false;
      /** A managerId (or the starting id, then referencedBy is null) that the lookup does not know. */
      readonly code: 'MISSING_PERSON';
      readonly params: { readonly id: string; readonly referencedBy: string | null };
      readonly partialChain: readonly ChainPerson[];
    };

/**
 * The people above `personId`, nearest first: manager, manager's manager, … up to the
 * person without a manager. The person themself is not included.
 */
export function managerChain(personId: string, getPerson: PersonLookup): ManagerChainResult {
  const start = getPerson(personId);
  if (start === undefined) {
    return {
      ok: false,
      code: 'MISSING_PERSON',
      params: { id: personId, referencedBy: null },
      partialChain: [],
    };
  }
  const visited: string[] = [start.id];
  const chain: ChainPerson[] = [];
  let current = start;
  while (current.managerId !== null) {
    const managerId = current.managerId;
    const seenAt = visited.indexOf(managerId);
    if (seenAt >= 0) {
      return {
        ok: false,
        code: 'CYCLE',
        params: { cycle: visited.slice(seenAt) },
        partialChain: chain,
      };
    }
    const manager = getPerson(managerId);
    if (manager === undefined) {
      return {
        ok: false,
        code: 'MISSING_PERSON',
        params: { id: managerId, referencedBy: current.id },
        partialChain: chain,
      };
    }
    visited.push(managerId);
    chain.push(manager);
    current = manager;
  }
  return { ok: true, chain };
}

export type EscalationTarget =
  | {
      readonly kind: 'PERSON';
      /** Whom to contact now. */
      readonly person: ChainPerson;
      /** Set when `person` stands in for this absent chain member. */
      readonly viaDeputyOf?: ChainPerson;
    }
  | {
      /** Someone who may authorise has been contacted: the escalation is complete. */
      readonly kind: 'END_REACHED';
      readonly person: ChainPerson;
    }
  | {
      /** Everybody reachable has been contacted and none of them may authorise. */
      readonly kind: 'EXHAUSTED';
    };

/**
 * The next person to contact, walking `chain` (from managerChain) upwards.
 *
 * For each chain member, in order:
 * - already contacted: if they may authorise (mayAuthoriseOvertime) the end is reached,
 *   otherwise move on;
 * - present: contact them;
 * - absent: their registered deputy stands in if the deputy exists, is present and is not
 *   the member themself — contact the deputy (`viaDeputyOf`), or, if the deputy was
 *   already contacted, treat the deputy like a contacted member (end if the deputy may
 *   authorise, else move on). Deputies are followed one level only: an absent deputy's
 *   own deputy is not used. Without a usable deputy the member is skipped.
 *
 * The end is reached only through someone whose own roles authorise: an absent
 * IT_SUPERIOR whose deputy lacks the role does not end the escalation, which then
 * continues upwards (e.g. to the MUNICIPAL_DIRECTOR). Nobody above the first reached
 * authoriser is ever contacted. EXHAUSTED means the chain ran out first.
 */
export function nextEscalationTarget(
  chain: readonly ChainPerson[],
  alreadyContactedIds: ReadonlySet<string> | readonly string[],
  getPerson: PersonLookup,
): EscalationTarget {
  const contacted: ReadonlySet<string> =
    alreadyContactedIds instanceof Set ? alreadyContactedIds : new Set(alreadyContactedIds);

  for (const member of chain) {
    let candidate: ChainPerson | undefined = member;
    let viaDeputyOf: ChainPerson | undefined;
    if (!contacted.has(member.id) && member.absent) {
      const deputy =
        member.deputyId !== null && member.deputyId !== member.id
          ? getPerson(member.deputyId)
          : undefined;
      candidate = deputy !== undefined && !deputy.absent ? deputy : undefined;
      viaDeputyOf = member;
    }
    if (candidate === undefined) continue;
    if (contacted.has(candidate.id)) {
      if (mayAuthoriseOvertime(candidate.roles)) return { kind: 'END_REACHED', person: candidate };
      continue;
    }
    return viaDeputyOf === undefined
      ? { kind: 'PERSON', person: candidate }
      : { kind: 'PERSON', person: candidate, viaDeputyOf };
  }
  return { kind: 'EXHAUSTED' };
}

// ---------------------------------------------------------------------------------------
// HR import validation

export interface HierarchyRow {
  readonly id: string;
  readonly managerId: string | null;
}

/**
 * All manager cycles in an import, each as ids in managerId order, rotated to start at
 * the smallest id (string order); the list is sorted by that first id. A person who is
 * their own manager is a cycle of one. References to unknown ids end a walk (see
 * validateManagerHierarchy for those). Linear time.
 */
export function detectManagerCycles(people: readonly HierarchyRow[]): string[][] {
  const managerOf = new Map<string, string | null>();
  for (const p of people) if (!managerOf.has(p.id)) managerOf.set(p.id, p.managerId);

  const DONE = -1;
  const state = new Map<string, number>(); // position on the current walk, or DONE
  const cycles: string[][] = [];
  for (const startId of managerOf.keys()) {
    if (state.has(startId)) continue;
    const path: string[] = [];
    let id: string | null | undefined = startId;
    while (id !== null && id !== undefined && managerOf.has(id)) {
      const seen = state.get(id);
      if (seen === DONE) break;
      if (seen !== undefined) {
        cycles.push(path.slice(seen));
        break;
      }
      state.set(id, path.length);
      path.push(id);
      id = managerOf.get(id);
    }
    for (const p of path) state.set(p, DONE);
  }
  return cycles
    .map((cycle) => {
      let minIndex = 0;
      let minId: string | undefined;
      cycle.forEach((id, i) => {
        if (minId === undefined || id < minId) {
          minId = id;
          minIndex = i;
        }
      });
      return [...cycle.slice(minIndex), ...cycle.slice(0, minIndex)];
    })
    .sort((a, b) => {
      const [x = '', y = ''] = [a[0], b[0]];
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

export type HierarchyReason =
  | { readonly code: 'DUPLICATE_ID'; readonly params: { readonly id: string } }
  | {
      readonly code: 'MISSING_MANAGER';
      readonly params: { readonly id: string; readonly managerId: string };
    }
  | { readonly code: 'CYCLE'; readonly params: { readonly cycle: readonly string[] } };

/** Everything wrong with an imported hierarchy: duplicate ids, unknown managers, cycles. */
export function validateManagerHierarchy(
  people: readonly HierarchyRow[],
): { readonly ok: true } | { readonly ok: false; readonly reasons: readonly HierarchyReason[] } {
  const reasons: HierarchyReason[] = [];
  const ids = new Set<string>();
  const reportedDuplicates = new Set<string>();
  for (const p of people) {
    if (ids.has(p.id) && !reportedDuplicates.has(p.id)) {
      reasons.push({ code: 'DUPLICATE_ID', params: { id: p.id } });
      reportedDuplicates.add(p.id);
    }
    ids.add(p.id);
  }
  for (const p of people) {
    if (p.managerId !== null && !ids.has(p.managerId)) {
      reasons.push({ code: 'MISSING_MANAGER', params: { id: p.id, managerId: p.managerId } });
    }
  }
  for (const cycle of detectManagerCycles(people))
    reasons.push({ code: 'CYCLE', params: { cycle } });
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
