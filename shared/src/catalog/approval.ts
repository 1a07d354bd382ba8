/** Approval chains of catalog items, and who may take a step. Pure: the caller loads the facts. */

export const APPROVAL_STEP_KINDS = ['SUBJECT_MANAGER', 'RESOURCE_OWNER', 'ROLE'] as const;
export type ApprovalStepKind = (typeof APPROVAL_STEP_KINDS)[number];

export interface ApprovalStep {
  readonly kind: ApprovalStepKind;
  /** RESOURCE_OWNER: the person who owns the resource (e.g. a system's owner). */
  readonly personId?: string | null;
  /** ROLE: anyone of the tenant holding this role (e.g. PAYROLL). */
  readonly role?: string | null;
}

export interface ApproverFacts {
  readonly personId: string;
  readonly roles: readonly string[];
  readonly tenantId: string;
}

export interface OrderFacts {
  readonly tenantId: string;
  readonly ordererId: string;
  readonly subjectId: string;
  /** Managers above the subject, nearest first. */
  readonly subjectManagerChainIds: readonly string[];
}

export type StepEligibility = 'ELIGIBLE' | 'OWN_ORDER' | 'NOT_APPROVER';

/**
 * Whether someone may decide a step of an order. Nobody decides their own order (as the one
 * who placed it or the one it is for). "Manager of the subject" is anyone above the subject
 * in the manager chain: when the nearest manager placed the order themself, the next one up
 * decides, so a manager never approves what they ordered.
 */
export function stepEligibility(
  step: ApprovalStep,
  approver: ApproverFacts,
  order: OrderFacts,
): StepEligibility {
  if (approver.personId === order.ordererId || approver.personId === order.subjectId) {
    return 'OWN_ORDER';
  }
  if (approver.tenantId !== order.tenantId) return 'NOT_APPROVER';
  switch (step.kind) {
    case 'SUBJECT_MANAGER':
      return order.subjectManagerChainIds.includes(approver.personId) ? 'ELIGIBLE' : 'NOT_APPROVER';
    case 'RESOURCE_OWNER':
      return step.personId === approver.personId ? 'ELIGIBLE' : 'NOT_APPROVER';
    case 'ROLE':
      return step.role && approver.roles.includes(step.role) ? 'ELIGIBLE' : 'NOT_APPROVER';
  }
}
