import type { Role } from '@linje/shared';
import { inTenant, isAgent } from './access-policy.js';

/** Who is asking: resolved once per request from the session cookie. */
export interface Viewer {
  personId: string;
  homeTenantId: string;
  /** Every tenant the viewer may see (home plus any granted access). */
  tenantIds: string[];
  roles: Role[];
  /**
   * The password is temporary or too old: until it is changed, only `viewer`,
   * `changePassword` and `signOut` answer (see gql-context.ts).
   */
  mustChangePassword?: boolean;
}

/** Kept for existing callers; the rules live in access-policy.ts. */
export { isAgent };
export const canSeeTenant = inTenant;
