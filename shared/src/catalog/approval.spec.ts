import { describe, expect, it } from 'vitest';
import { stepEligibility, type OrderFacts } from './approval.js';

const order: OrderFacts = {
  tenantId: 'kav',
  ordererId: 'boss',
  subjectId: 'sara',
  subjectManagerChainIds: ['boss', 'director'],
};
const who = (personId: string, roles: string[] = [], tenantId = 'kav') => ({
  personId,
  roles,
  tenantId,
});

describe('stepEligibility', () => {
  it('never lets the orderer or the subject decide', () => {
    const step = { kind: 'SUBJECT_MANAGER' } as const;
    expect(stepEligibility(step, who('boss'), order)).toBe('OWN_ORDER');
    expect(stepEligibility(step, who('sara'), order)).toBe('OWN_ORDER');
    expect(
      stepEligibility({ kind: 'ROLE', role: 'PAYROLL' }, who('sara', ['PAYROLL']), order),
    ).toBe('OWN_ORDER');
  });

  it('manager of the subject: anyone above the subject in the chain', () => {
    const step = { kind: 'SUBJECT_MANAGER' } as const;
    expect(stepEligibility(step, who('director'), order)).toBe('ELIGIBLE');
    expect(stepEligibility(step, who('colleague'), order)).toBe('NOT_APPROVER');
    expect(stepEligibility(step, who('director', [], 'bur'), order)).toBe('NOT_APPROVER');
  });

  it('resource owner and named role', () => {
    expect(
      stepEligibility({ kind: 'RESOURCE_OWNER', personId: 'owner' }, who('owner'), order),
    ).toBe('ELIGIBLE');
    expect(stepEligibility({ kind: 'RESOURCE_OWNER', personId: 'owner' }, who('x'), order)).toBe(
      'NOT_APPROVER',
    );
    expect(stepEligibility({ kind: 'ROLE', role: 'IT_LEAD' }, who('x', ['IT_LEAD']), order)).toBe(
      'ELIGIBLE',
    );
    expect(stepEligibility({ kind: 'ROLE', role: 'IT_LEAD' }, who('x', ['MANAGER']), order)).toBe(
      'NOT_APPROVER',
    );
  });
});
