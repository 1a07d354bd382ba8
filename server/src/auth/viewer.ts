import type { Role } from '@linje/shared';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  personId: string;
  homeTenantId: string;
  /** Every tenant the viewer may see (home plus any granted access). */
  tenantIds: string[];
  roles: Role[];
}

const AGENT_ROLES: readonly Role[] = ['AGENT_FIRST_LINE', 'AGENT_SECOND_LINE', 'IT_LEAD'];

export function isAgent(viewer: Viewer): boolean {
  return viewer.roles.some((r) => AGENT_ROLES.includes(r));
}

export function canSeeTenant(viewer: Viewer, tenantId: string): boolean {
  return viewer.tenantIds.includes(tenantId);
}
