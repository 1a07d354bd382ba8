import { describe, expect, it } from 'vitest';
import {
  confidentialAccess,
  mayReadConfidential,
  mayRecordResult,
  type ConfidentialOrderFacts,
} from './confidential.js';

const pending: ConfidentialOrderFacts = {
  tenantId: 'kav',
  ordererId: 'lars',
  subjectId: 'sara',
  subjectManagerChainIds: ['lars', 'eva', 'karin'],
  status: 'PENDING',
  steps: [
    { kind: 'SUBJECT_MANAGER' },
    { kind: 'ROLE', role: 'HR_CHIEF' },
    { kind: 'ROLE', role: 'INFOSEC_CHIEF' },
  ],
  policy: { observerRoles: ['UNION_REPRESENTATIVE'], executorRole: 'IT_LEAD' },
  deciderIds: [],
};
const approved: ConfidentialOrderFacts = {
  ...pending,
  status: 'APPROVED',
  deciderIds: ['eva', 'hr', 'sec'],
};
const who = (personId: string, roles: string[] = [], tenantId = 'kav') => ({
  personId,
  roles,
  tenantId,
});

describe('confidentialAccess', () => {
  it('the person it concerns never reads it, whatever roles they hold', () => {
    for (const roles of [[], ['AUDITOR'], ['HR_CHIEF', 'UNION_REPRESENTATIVE', 'IT_LEAD']]) {
      expect(confidentialAccess(who('sara', roles), approved)).toBe('SUBJECT');
      expect(mayReadConfidential(who('sara', roles), approved)).toBe(false);
    }
  });

  it('the filer, the managers above the subject and the deciding roles read it', () => {
    expect(confidentialAccess(who('lars'), pending)).toBe('ORDERER');
    expect(confidentialAccess(who('eva', ['MANAGER']), pending)).toBe('APPROVER');
    expect(confidentialAccess(who('hr', ['HR_CHIEF']), pending)).toBe('APPROVER');
    expect(confidentialAccess(who('sec', ['INFOSEC_CHIEF']), pending)).toBe('APPROVER');
  });

  it('whoever decided keeps reading it after losing the role', () => {
    expect(confidentialAccess(who('hr'), approved)).toBe('APPROVER');
  });

  it('observers and auditors read it; the executing role only once approved', () => {
    expect(confidentialAccess(who('union', ['UNION_REPRESENTATIVE']), pending)).toBe('OBSERVER');
    expect(confidentialAccess(who('audit', ['AUDITOR']), pending)).toBe('AUDITOR');
    expect(confidentialAccess(who('it', ['IT_LEAD']), pending)).toBe('NONE');
    expect(confidentialAccess(who('it', ['IT_LEAD']), approved)).toBe('EXECUTOR');
    expect(confidentialAccess(who('it', ['IT_LEAD']), { ...approved, status: 'COMPLETED' })).toBe(
      'EXECUTOR',
    );
    expect(confidentialAccess(who('it', ['IT_LEAD']), { ...pending, status: 'REJECTED' })).toBe(
      'NONE',
    );
  });

  it('other managers, agents, administrators and other municipalities do not', () => {
    expect(mayReadConfidential(who('other', ['MANAGER']), pending)).toBe(false);
    expect(mayReadConfidential(who('omar', ['AGENT_FIRST_LINE']), approved)).toBe(false);
    expect(mayReadConfidential(who('nils', ['ADMINISTRATOR']), approved)).toBe(false);
    expect(mayReadConfidential(who('eva', ['MANAGER'], 'bur'), pending)).toBe(false);
    expect(mayReadConfidential(who('x', ['AUDITOR', 'HR_CHIEF'], 'bur'), pending)).toBe(false);
  });

  it('a shared IT team serving the municipality executes it; nobody else from outside reads it', () => {
    const shared = (roles: string[]) => ({ ...who('it', roles, 'bur'), servedTenantIds: ['kav'] });
    expect(confidentialAccess(shared(['IT_LEAD']), approved)).toBe('EXECUTOR');
    expect(confidentialAccess(shared(['IT_LEAD']), pending)).toBe('NONE');
    expect(confidentialAccess(shared(['AUDITOR', 'UNION_REPRESENTATIVE']), approved)).toBe('NONE');
    expect(confidentialAccess(shared(['AGENT_FIRST_LINE']), approved)).toBe('NONE');
  });
});

describe('mayRecordResult', () => {
  it('the executing role, once approved and before a result', () => {
    expect(mayRecordResult(who('it', ['IT_LEAD']), approved)).toBe(true);
    expect(mayRecordResult(who('it', ['IT_LEAD']), pending)).toBe(false);
    expect(mayRecordResult(who('it', ['IT_LEAD']), { ...approved, status: 'COMPLETED' })).toBe(
      false,
    );
    expect(mayRecordResult(who('it', ['IT_LEAD'], 'bur'), approved)).toBe(false);
    const shared = { ...who('it', ['IT_LEAD'], 'bur'), servedTenantIds: ['kav'] };
    expect(mayRecordResult(shared, approved)).toBe(true);
  });

  it('nobody else, and not the subject, the filer or a decider holding the role', () => {
    expect(mayRecordResult(who('audit', ['AUDITOR']), approved)).toBe(false);
    expect(mayRecordResult(who('union', ['UNION_REPRESENTATIVE']), approved)).toBe(false);
    expect(mayRecordResult(who('sara', ['IT_LEAD']), approved)).toBe(false);
    expect(mayRecordResult(who('lars', ['IT_LEAD']), approved)).toBe(false);
    expect(mayRecordResult(who('sec', ['IT_LEAD', 'INFOSEC_CHIEF']), approved)).toBe(false);
  });
});
