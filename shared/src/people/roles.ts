/** Roles a person can hold in Linje (a person may hold several). */
export const ROLES = [
  'EMPLOYEE',
  'MANAGER',
  'AGENT_FIRST_LINE',
  'AGENT_SECOND_LINE',
  'IT_LEAD',
  'IT_SUPERIOR',
  'MUNICIPAL_DIRECTOR',
  'PAYROLL',
  'ADMINISTRATOR',
  /** Personalchef: one of the three who decide an inspection of someone's mailbox or files. */
  'HR_CHIEF',
  /** Informationssäkerhetschef: one of the three who decide an inspection. */
  'INFOSEC_CHIEF',
  /** Facklig företrädare: told when an inspection is filed and decided; may read it. */
  'UNION_REPRESENTATIVE',
  /** Reads and exports the audit log of their own municipality; changes nothing. */
  'AUDITOR',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
