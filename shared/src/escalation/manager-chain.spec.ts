import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../people/roles.js';
import {
  detectManagerCycles,
  managerChain,
  mayAuthoriseOvertime,
  nextEscalationTarget,
  validateManagerHierarchy,
  type ChainPerson,
} from './manager-chain.js';

function person(
  id: string,
  managerId: string | null,
  roles: Role[],
  extra: Partial<Pick<ChainPerson, 'absent' | 'deputyId'>> = {},
): ChainPerson {
  return { id, managerId, roles, absent: false, deputyId: null, ...extra };
}

function world(...people: ChainPerson[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  return (id: string) => byId.get(id);
}

/** emp → mgr → lead → sup → dir */
function org(overrides: Record<string, Partial<ChainPerson>> = {}, extra: ChainPerson[] = []) {
  const base = [
    person('emp', 'mgr', ['EMPLOYEE', 'AGENT_SECOND_LINE']),
    person('mgr', 'lead', ['MANAGER']),
    person('lead', 'sup', ['IT_LEAD']),
    person('sup', 'dir', ['IT_SUPERIOR']),
    person('dir', null, ['MUNICIPAL_DIRECTOR']),
  ].map((p) => ({ ...p, ...overrides[p.id] }));
  const getPerson = world(...base, ...extra);
  const chain = managerChain('emp', getPerson);
  if (!chain.ok) throw new Error('test org must be valid');
  return { getPerson, chain: chain.chain };
}

const ids = (people: readonly ChainPerson[]) => people.map((p) => p.id);

/** Runs a whole escalation, contacting whoever is proposed, and returns the log. */
function runEscalation(
  chain: readonly ChainPerson[],
  getPerson: (id: string) => ChainPerson | undefined,
) {
  const contacted: string[] = [];
  const log: string[] = [];
  for (let i = 0; i < 20; i++) {
    const next = nextEscalationTarget(chain, contacted, getPerson);
    if (next.kind !== 'PERSON') {
      log.push(next.kind === 'END_REACHED' ? `END(${next.person.id})` : 'EXHAUSTED');
      return log;
    }
    log.push(next.viaDeputyOf ? `${next.person.id}(for ${next.viaDeputyOf.id})` : next.person.id);
    contacted.push(next.person.id);
  }
  throw new Error('escalation did not terminate');
}

describe('managerChain', () => {
  it('lists the managers above, nearest first, excluding the person', () => {
    const { chain } = org();
    expect(ids(chain)).toEqual(['mgr', 'lead', 'sup', 'dir']);
  });

  it('is empty for the person at the top', () => {
    const { getPerson } = org();
    expect(managerChain('dir', getPerson)).toEqual({ ok: true, chain: [] });
  });

  it('reports an unknown starting person', () => {
    expect(managerChain('ghost', world())).toEqual({
      ok: false,
      code: 'MISSING_PERSON',
      params: { id: 'ghost', referencedBy: null },
      partialChain: [],
    });
  });

  it('reports a missing manager reference with the chain so far', () => {
    const getPerson = world(person('a', 'b', []), person('b', 'gone', ['MANAGER']));
    const result = managerChain('a', getPerson);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('MISSING_PERSON');
    expect(!result.ok && result.params).toEqual({ id: 'gone', referencedBy: 'b' });
    expect(!result.ok && ids(result.partialChain)).toEqual(['b']);
  });

  it('detects a cycle above the person', () => {
    const getPerson = world(person('a', 'b', []), person('b', 'c', []), person('c', 'b', []));
    const result = managerChain('a', getPerson);
    expect(!result.ok && result.code).toBe('CYCLE');
    expect(!result.ok && result.params).toEqual({ cycle: ['b', 'c'] });
    expect(!result.ok && ids(result.partialChain)).toEqual(['b', 'c']);
  });

  it('detects a cycle through the person and a self-managed person', () => {
    const twoWay = world(person('a', 'b', []), person('b', 'a', []));
    expect(managerChain('a', twoWay)).toMatchObject({
      ok: false,
      code: 'CYCLE',
      params: { cycle: ['a', 'b'] },
    });
    const self = world(person('a', 'a', []));
    expect(managerChain('a', self)).toEqual({
      ok: false,
      code: 'CYCLE',
      params: { cycle: ['a'] },
      partialChain: [],
    });
  });

  it('terminates on long chains', () => {
    const people = Array.from({ length: 5000 }, (_, i) =>
      person(`p${i}`, i + 1 < 5000 ? `p${i + 1}` : null, []),
    );
    const result = managerChain('p0', world(...people));
    expect(result.ok && result.chain.length).toBe(4999);
  });
});

describe('nextEscalationTarget', () => {
  it('walks up one person at a time and stops at the first IT_SUPERIOR', () => {
    const { chain, getPerson } = org();
    expect(runEscalation(chain, getPerson)).toEqual(['mgr', 'lead', 'sup', 'END(sup)']);
  });

  it('accepts the contacted ids as a Set or an array', () => {
    const { chain, getPerson } = org();
    expect(nextEscalationTarget(chain, new Set(['mgr']), getPerson)).toEqual({
      kind: 'PERSON',
      person: chain[1],
    });
    expect(nextEscalationTarget(chain, ['mgr'], getPerson)).toEqual({
      kind: 'PERSON',
      person: chain[1],
    });
    const first = nextEscalationTarget(chain, [], getPerson);
    expect(first).toEqual({ kind: 'PERSON', person: chain[0] });
    expect(first.kind === 'PERSON' && 'viaDeputyOf' in first).toBe(false);
  });

  it('ends at a MUNICIPAL_DIRECTOR when no IT_SUPERIOR is on the way', () => {
    const { getPerson } = org({ lead: { managerId: 'dir' } });
    const chain = managerChain('emp', getPerson);
    expect(chain.ok && runEscalation(chain.chain, getPerson)).toEqual([
      'mgr',
      'lead',
      'dir',
      'END(dir)',
    ]);
  });

  it('uses the deputy of an absent person', () => {
    const { chain, getPerson } = org({ mgr: { absent: true, deputyId: 'dep' } }, [
      person('dep', 'lead', ['MANAGER']),
    ]);
    expect(nextEscalationTarget(chain, [], getPerson)).toEqual({
      kind: 'PERSON',
      person: getPerson('dep'),
      viaDeputyOf: chain[0],
    });
    expect(runEscalation(chain, getPerson)).toEqual(['dep(for mgr)', 'lead', 'sup', 'END(sup)']);
  });

  it('skips an absent person whose deputy is absent too (no deputy-of-deputy)', () => {
    const { chain, getPerson } = org({ mgr: { absent: true, deputyId: 'dep' } }, [
      person('dep', 'lead', ['MANAGER'], { absent: true, deputyId: 'dep2' }),
      person('dep2', 'lead', ['MANAGER']),
    ]);
    expect(runEscalation(chain, getPerson)).toEqual(['lead', 'sup', 'END(sup)']);
  });

  it('skips an absent person without a deputy, with an unknown deputy, or deputising themself', () => {
    for (const deputyId of [null, 'nobody', 'mgr']) {
      const { chain, getPerson } = org({ mgr: { absent: true, deputyId } });
      expect(runEscalation(chain, getPerson)).toEqual(['lead', 'sup', 'END(sup)']);
    }
  });

  it('does not contact a deputy twice when they are also in the chain', () => {
    // mgr's deputy is lead, who is next in the chain anyway
    const { chain, getPerson } = org({ mgr: { absent: true, deputyId: 'lead' } });
    expect(runEscalation(chain, getPerson)).toEqual(['lead(for mgr)', 'sup', 'END(sup)']);
  });

  it('an absent IT_SUPERIOR whose deputy is also IT_SUPERIOR: the deputy ends it', () => {
    const { chain, getPerson } = org({ sup: { absent: true, deputyId: 'sup2' } }, [
      person('sup2', 'dir', ['IT_SUPERIOR']),
    ]);
    expect(runEscalation(chain, getPerson)).toEqual(['mgr', 'lead', 'sup2(for sup)', 'END(sup2)']);
  });

  it('an absent IT_SUPERIOR whose deputy cannot authorise: continue to the director', () => {
    const { chain, getPerson } = org({ sup: { absent: true, deputyId: 'lead2' } }, [
      person('lead2', 'sup', ['IT_LEAD']),
    ]);
    expect(runEscalation(chain, getPerson)).toEqual([
      'mgr',
      'lead',
      'lead2(for sup)',
      'dir',
      'END(dir)',
    ]);
  });

  it('an absent IT_SUPERIOR without a deputy: continue to the director', () => {
    const { chain, getPerson } = org({ sup: { absent: true } });
    expect(runEscalation(chain, getPerson)).toEqual(['mgr', 'lead', 'dir', 'END(dir)']);
  });

  it('EXHAUSTED when every authoriser is absent without a usable deputy', () => {
    const { chain, getPerson } = org(
      {
        sup: { absent: true, deputyId: 'x' },
        dir: { absent: true },
      },
      [person('x', null, ['IT_SUPERIOR'], { absent: true })],
    );
    expect(runEscalation(chain, getPerson)).toEqual(['mgr', 'lead', 'EXHAUSTED']);
  });

  it('EXHAUSTED when the chain ends with nobody authorised', () => {
    const getPerson = world(
      person('emp', 'mgr', ['EMPLOYEE']),
      person('mgr', 'lead', ['MANAGER']),
      person('lead', null, ['IT_LEAD', 'ADMINISTRATOR']),
    );
    const chain = managerChain('emp', getPerson);
    expect(chain.ok && runEscalation(chain.chain, getPerson)).toEqual(['mgr', 'lead', 'EXHAUSTED']);
    expect(nextEscalationTarget([], [], getPerson)).toEqual({ kind: 'EXHAUSTED' });
  });

  it('an authoriser contacted while present still counts once they become absent', () => {
    const { chain, getPerson } = org({ sup: { absent: true, deputyId: 'lead2' } }, [
      person('lead2', 'sup', ['IT_LEAD']),
    ]);
    expect(nextEscalationTarget(chain, ['mgr', 'lead', 'sup'], getPerson)).toEqual({
      kind: 'END_REACHED',
      person: chain[2],
    });
  });
});

describe('mayAuthoriseOvertime', () => {
  it.each(ROLES.map((role) => [role, role === 'IT_SUPERIOR' || role === 'MUNICIPAL_DIRECTOR']))(
    '%s alone → %s',
    (role, expected) => {
      expect(mayAuthoriseOvertime([role as Role])).toBe(expected);
    },
  );

  it('needs at least one authorising role among several', () => {
    expect(mayAuthoriseOvertime([])).toBe(false);
    expect(mayAuthoriseOvertime(['MANAGER', 'IT_LEAD', 'ADMINISTRATOR', 'PAYROLL'])).toBe(false);
    expect(mayAuthoriseOvertime(['MANAGER', 'MUNICIPAL_DIRECTOR'])).toBe(true);
  });
});

describe('detectManagerCycles', () => {
  it('finds none in a tree (or forest with dangling references)', () => {
    expect(
      detectManagerCycles([
        { id: 'a', managerId: 'b' },
        { id: 'b', managerId: null },
        { id: 'c', managerId: 'b' },
        { id: 'd', managerId: 'unknown' },
      ]),
    ).toEqual([]);
    expect(detectManagerCycles([])).toEqual([]);
  });

  it('finds self-management, several cycles, and cycles reached through a tail', () => {
    expect(
      detectManagerCycles([
        { id: 'tail', managerId: 'y' },
        { id: 'z', managerId: 'x' },
        { id: 'x', managerId: 'y' },
        { id: 'y', managerId: 'z' },
        { id: 'self', managerId: 'self' },
        { id: 'p', managerId: 'q' },
        { id: 'q', managerId: 'p' },
      ]),
    ).toEqual([['p', 'q'], ['self'], ['x', 'y', 'z']]);
  });

  it('property: exactly the people who reach themselves are on a reported cycle', () => {
    const graph = fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.array(fc.option(fc.integer({ min: 0, max: n + 2 }), { nil: null }), {
          minLength: n,
          maxLength: n,
        }),
      )
      .map((managers) =>
        managers.map((m, i) => ({ id: `p${i}`, managerId: m === null ? null : `p${m}` })),
      );
    fc.assert(
      fc.property(graph, (rows) => {
        const managerOf = new Map(rows.map((r) => [r.id, r.managerId]));
        const onCycle = rows
          .filter((r) => {
            let id = managerOf.get(r.id) ?? null;
            for (let i = 0; i <= rows.length && id !== null; i++) {
              if (id === r.id) return true;
              id = managerOf.get(id) ?? null;
            }
            return false;
          })
          .map((r) => r.id)
          .sort();
        const cycles = detectManagerCycles(rows);
        expect(cycles.flat().sort()).toEqual(onCycle);
        for (const cycle of cycles) {
          cycle.forEach((id, i) => expect(managerOf.get(id)).toBe(cycle[(i + 1) % cycle.length]));
          expect(cycle[0]).toBe([...cycle].sort()[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateManagerHierarchy', () => {
  it('accepts a clean hierarchy', () => {
    expect(
      validateManagerHierarchy([
        { id: 'a', managerId: 'b' },
        { id: 'b', managerId: null },
      ]),
    ).toEqual({ ok: true });
  });

  it('reports duplicates, missing managers and cycles', () => {
    expect(
      validateManagerHierarchy([
        { id: 'a', managerId: 'b' },
        { id: 'b', managerId: 'a' },
        { id: 'a', managerId: null },
        { id: 'a', managerId: null },
        { id: 'c', managerId: 'ghost' },
      ]),
    ).toEqual({
      ok: false,
      reasons: [
        { code: 'DUPLICATE_ID', params: { id: 'a' } },
        { code: 'MISSING_MANAGER', params: { id: 'c', managerId: 'ghost' } },
        { code: 'CYCLE', params: { cycle: ['a', 'b'] } },
      ],
    });
  });
});
