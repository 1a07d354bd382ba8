import { mayAuthoriseOvertime, type Role } from '@linje/shared';
import type { Viewer } from '../auth/viewer.js';

/** IT staff: the people paged for critical tickets and listed in "who to call". */
export const IT_STAFF_ROLES: readonly Role[] = ['AGENT_FIRST_LINE', 'AGENT_SECOND_LINE', 'IT_LEAD'];

export function isItStaff(roles: readonly Role[]): boolean {
  return roles.some((r) => IT_STAFF_ROLES.includes(r));
}

/** Only the IT superior and the municipal director of the ticket's own municipality. */
export function mayDecideOvertime(viewer: Viewer, tenantId: string): boolean {
  return viewer.homeTenantId === tenantId && mayAuthoriseOvertime(viewer.roles);
}

/** IT staff who work in the tenant (home or granted access) may take a critical ticket. */
export function mayTakeCritical(viewer: Viewer, tenantId: string): boolean {
  return viewer.tenantIds.includes(tenantId) && isItStaff(viewer.roles);
}

export interface CaseFacts {
  tenantId: string;
  reporterId: string;
  /** Everyone asked to act on the case so far (chain members, paged staff). */
  involvedIds: readonly string[];
}

/** The reporter, people involved, IT staff and overtime authorisers of the tenant. */
export function mayViewCritical(viewer: Viewer, facts: CaseFacts): boolean {
  if (!viewer.tenantIds.includes(facts.tenantId)) return false;
  if (facts.reporterId === viewer.personId) return true;
  if (facts.involvedIds.includes(viewer.personId)) return true;
  return isItStaff(viewer.roles) || mayDecideOvertime(viewer, facts.tenantId);
}

/** Escalating is for the reporter and the chain members already asked to act. */
export function mayEscalateCritical(viewer: Viewer, facts: CaseFacts): boolean {
  if (!viewer.tenantIds.includes(facts.tenantId)) return false;
  return facts.reporterId === viewer.personId || facts.involvedIds.includes(viewer.personId);
}
