/**
 * Sensitive decisions of the catalog (seed 004: an inspection of an individual employee's
 * e-mail, computer or files). They follow the ordinary approval chain, but who may read them
 * is narrower than for other orders, some roles are told of them, and an approved one is
 * carried out by a named role that documents the result. Pure: the caller loads the facts.
 */
import {
  stepEligibility,
  type ApprovalStep,
  type ApproverFacts,
  type OrderFacts,
} from './approval.js';

export interface ConfidentialPolicy {
  /** Roles of the municipality told when it is filed and when it is decided; they may read it. */
  readonly observerRoles: readonly string[];
  /** The role of the municipality that carries out an approved order and records the result. */
  readonly executorRole: string;
}

export interface ConfidentialOrderFacts extends OrderFacts {
  readonly status: string;
  readonly steps: readonly ApprovalStep[];
  readonly policy: ConfidentialPolicy;
  /** Everyone who has decided a step of the order. */
  readonly deciderIds: readonly string[];
}

export interface ConfidentialViewer extends ApproverFacts {
  /** Other municipalities the viewer serves (a shared IT team); their home one is `tenantId`. */
  readonly servedTenantIds?: readonly string[];
}

/** Why someone may read a sensitive decision; NONE and SUBJECT: they may not. */
export type ConfidentialAccess =
  'NONE' | 'SUBJECT' | 'ORDERER' | 'APPROVER' | 'OBSERVER' | 'EXECUTOR' | 'AUDITOR';

/** Statuses in which the executing role is involved: all three have approved. */
const EXECUTABLE = ['APPROVED', 'COMPLETED'];

function serves(viewer: ConfidentialViewer, tenantId: string): boolean {
  return viewer.tenantId === tenantId || (viewer.servedTenantIds ?? []).includes(tenantId);
}

/**
 * Who may read a sensitive decision. The person it concerns never does (the seed has the
 * decision documented and the union told, not the employee), whatever roles they hold. The
 * others: whoever filed it, whoever may decide or has decided one of its steps (the subject's
 * managers, the HR chief, the information-security chief), the observer roles (the union
 * representative), the executing role once it is approved (also from a shared IT team serving
 * the municipality), and the municipality's auditors. Nobody else from outside the
 * municipality, whatever their roles.
 */
export function confidentialAccess(
  viewer: ConfidentialViewer,
  order: ConfidentialOrderFacts,
): ConfidentialAccess {
  if (viewer.personId === order.subjectId) return 'SUBJECT';
  if (viewer.tenantId !== order.tenantId) {
    const executor =
      serves(viewer, order.tenantId) &&
      EXECUTABLE.includes(order.status) &&
      viewer.roles.includes(order.policy.executorRole);
    return executor ? 'EXECUTOR' : 'NONE';
  }
  if (viewer.personId === order.ordererId) return 'ORDERER';
  if (
    order.deciderIds.includes(viewer.personId) ||
    order.steps.some((s) => stepEligibility(s, viewer, order) === 'ELIGIBLE')
  ) {
    return 'APPROVER';
  }
  if (order.policy.observerRoles.some((r) => viewer.roles.includes(r))) return 'OBSERVER';
  if (EXECUTABLE.includes(order.status) && viewer.roles.includes(order.policy.executorRole)) {
    return 'EXECUTOR';
  }
  if (viewer.roles.includes('AUDITOR')) return 'AUDITOR';
  return 'NONE';
}

export function mayReadConfidential(
  viewer: ConfidentialViewer,
  order: ConfidentialOrderFacts,
): boolean {
  const access = confidentialAccess(viewer, order);
  return access !== 'NONE' && access !== 'SUBJECT';
}

/**
 * Only the executing role records the result, and only once all three have approved and
 * before a result is recorded. Someone who filed or decided it does not also carry it out.
 */
export function mayRecordResult(
  viewer: ConfidentialViewer,
  order: ConfidentialOrderFacts,
): boolean {
  if (order.status !== 'APPROVED') return false;
  if (!serves(viewer, order.tenantId)) return false;
  if (viewer.personId === order.subjectId || viewer.personId === order.ordererId) return false;
  if (order.deciderIds.includes(viewer.personId)) return false;
  return viewer.roles.includes(order.policy.executorRole);
}
