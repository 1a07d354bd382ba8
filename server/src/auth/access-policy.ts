/**
 * The one policy layer: every service asks these functions before it reads or writes.
 *
 * A decision depends on the viewer's roles, the operation, the tenant of the thing
 * touched and the viewer's relationship to it (e.g. "manager above in the chain").
 * The functions are pure: the caller loads the facts (see `PersonFacts`, and
 * `loadPersonFacts` in people/person-facts.ts) and the policy only decides. Tenant
 * scoping of queries happens separately and automatically (database/tenant-filter.ts);
 * the checks here are the second line and also guard writes.
 *
 * Adding rules for another resource: add a section below with `may<Verb><Resource>`
 * functions returning boolean, plus an `assert…` wrapper if the service wants one.
 * Denials that would reveal existence should answer NOT_FOUND, not FORBIDDEN.
 */
import type { Role } from '@linje/shared';
import { AppError } from '../common/app-error.js';
import type { Viewer } from './viewer.js';

// ---------------------------------------------------------------------------------------
// Roles

/** Roles that make someone IT service desk staff ("support"). */
export const AGENT_ROLES: readonly Role[] = ['AGENT_FIRST_LINE', 'AGENT_SECOND_LINE', 'IT_LEAD'];

export function hasRole(viewer: Viewer, ...roles: readonly Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}

export function isAgent(viewer: Viewer): boolean {
  return hasAgentRole(viewer.roles);
}

/** Whether someone with these roles is an IT agent (for a person who is not the viewer). */
export function hasAgentRole(roles: readonly Role[]): boolean {
  return roles.some((r) => AGENT_ROLES.includes(r));
}

export function isAdministrator(viewer: Viewer): boolean {
  return hasRole(viewer, 'ADMINISTRATOR');
}

/** Holds a role that manages people (their own reports, transitively). */
export function isManager(viewer: Viewer): boolean {
  return hasRole(viewer, 'MANAGER', 'IT_SUPERIOR', 'MUNICIPAL_DIRECTOR', 'IT_LEAD');
}

// ---------------------------------------------------------------------------------------
// Tenants

/** The viewer works in this tenant (home tenant or granted access). */
export function inTenant(viewer: Viewer, tenantId: string): boolean {
  return viewer.tenantIds.includes(tenantId);
}

/** Administrators administer their home tenant only; access grants never confer admin rights. */
export function mayAdministerTenant(viewer: Viewer, tenantId: string): boolean {
  return isAdministrator(viewer) && viewer.homeTenantId === tenantId;
}

// ---------------------------------------------------------------------------------------
// People

/** What the policy needs to know about a person someone wants to see or act on. */
export interface PersonFacts {
  id: string;
  tenantId: string;
  /** Ids of the managers above the person, nearest first (see shared `managerChain`). */
  managerChainIds: readonly string[];
}

/** The viewer is above the person in their manager chain (directly or transitively). */
export function isManagerAbove(viewer: Viewer, person: PersonFacts): boolean {
  return person.managerChainIds.includes(viewer.personId);
}

/** Name, title and work phone: everyone in the same tenant (for "ticket for a colleague"). */
export function mayViewPersonSummary(viewer: Viewer, person: PersonFacts): boolean {
  return inTenant(viewer, person.tenantId);
}

/** The staff search and its details (account status, lock state, roles, manager). */
export function maySearchStaff(viewer: Viewer): boolean {
  return isAgent(viewer) || isManager(viewer) || isAdministrator(viewer);
}

/**
 * Staff details of one person: the person themself, support and administrators in the
 * tenant, and managers above the person. A manager never sees staff details of other
 * managers' people.
 */
export function mayViewStaffDetails(viewer: Viewer, person: PersonFacts): boolean {
  if (!inTenant(viewer, person.tenantId)) return false;
  if (viewer.personId === person.id) return true;
  if (isAgent(viewer) || mayAdministerTenant(viewer, person.tenantId)) return true;
  return isManagerAbove(viewer, person);
}

/**
 * Setting a temporary password or unlocking an account: support in the tenant, the
 * tenant's administrators, and any manager above the person. Nobody does it to themself
 * (they change their own password instead).
 */
export function mayResetPasswordOf(viewer: Viewer, person: PersonFacts): boolean {
  if (!inTenant(viewer, person.tenantId) || viewer.personId === person.id) return false;
  if (isAgent(viewer) || mayAdministerTenant(viewer, person.tenantId)) return true;
  return isManagerAbove(viewer, person);
}

export const mayUnlockAccountOf = mayResetPasswordOf;

/** Signing a person out everywhere: the person, or whoever may reset their password. */
export function maySignOutEverywhere(viewer: Viewer, person: PersonFacts): boolean {
  return viewer.personId === person.id || mayResetPasswordOf(viewer, person);
}

/**
 * A colleague asks for a reset code to be sent to the owner's registered mobile; the
 * code never reaches the colleague, so any signed-in person of the same tenant may ask.
 */
export function mayRequestColleagueReset(viewer: Viewer, person: PersonFacts): boolean {
  return inTenant(viewer, person.tenantId) && viewer.personId !== person.id;
}

/** Creating, editing, moving, ending people and changing roles; HR imports. */
export function mayManagePeople(viewer: Viewer, tenantId: string): boolean {
  return mayAdministerTenant(viewer, tenantId);
}

/** Org units: everyone in the tenant reads them; administrators write them. */
export function mayViewOrgUnits(viewer: Viewer, tenantId: string): boolean {
  return inTenant(viewer, tenantId);
}

export function mayManageOrgUnits(viewer: Viewer, tenantId: string): boolean {
  return mayAdministerTenant(viewer, tenantId);
}

// ---------------------------------------------------------------------------------------
// Ticket categories

/** Everyone in the tenant files tickets under its active categories; administrators manage them. */
export function mayManageCategories(viewer: Viewer, tenantId: string): boolean {
  return mayAdministerTenant(viewer, tenantId);
}

// ---------------------------------------------------------------------------------------
// Tickets

export interface TicketFacts {
  tenantId: string;
  callerId: string;
  subjectId: string;
}

/** Agents of the ticket's tenant, its caller and the person it is for. */
export function mayViewTicket(viewer: Viewer, ticket: TicketFacts): boolean {
  if (!inTenant(viewer, ticket.tenantId)) return false;
  if (isAgent(viewer)) return true;
  return ticket.callerId === viewer.personId || ticket.subjectId === viewer.personId;
}

/** The live queue and queue listing. */
export function mayViewQueue(viewer: Viewer): boolean {
  return isAgent(viewer);
}

// ---------------------------------------------------------------------------------------
// Assets

/** The asset register of a tenant: its agents and its administrators keep it. */
export function mayManageAssets(viewer: Viewer, tenantId: string): boolean {
  return (isAgent(viewer) && inTenant(viewer, tenantId)) || mayAdministerTenant(viewer, tenantId);
}

// ---------------------------------------------------------------------------------------
// Assertions for services

/** Throws FORBIDDEN unless allowed. Use when the caller already may know the thing exists. */
export function assertAllowed(allowed: boolean, message?: string): void {
  if (!allowed) throw AppError.forbidden(message);
}

/** Throws NOT_FOUND unless allowed, so a denial does not reveal that the thing exists. */
export function assertVisible(allowed: boolean, what: string): void {
  if (!allowed) throw AppError.notFound(what);
}
