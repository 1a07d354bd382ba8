import type { Role } from '@linje/shared';

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
