import type { Role } from '@linje/shared';
import { inTenant, isAgent } from './access-policy.js';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  personId: string;
  homeTenantId: string;
  /** Every tenant the viewer may see (home plus any granted access). */
  tenantIds: string[];
  roles: Role[];
}

/** Kept for existing callers; the rules live in access-policy.ts. */
export { isAgent };
export const canSeeTenant = inTenant;
