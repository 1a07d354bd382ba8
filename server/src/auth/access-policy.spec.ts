import { describe, expect, it } from 'vitest';
import type { Role } from '@linje/shared';
import {
  inTenant,
  isAgent,
  isManager,
  isManagerAbove,
  mayAdministerTenant,
  mayManageOrgUnits,
  mayManagePeople,
  mayRequestColleagueReset,
  mayResetPasswordOf,
  maySearchStaff,
  maySignOutEverywhere,
  mayUnlockAccountOf,
  mayViewOrgUnits,
  mayViewPersonSummary,
  mayViewQueue,
  mayViewStaffDetails,
  mayViewTicket,
  type PersonFacts,
} from './access-policy.js';
import type { Viewer } from './viewer.js';

const KAV = 'kav';
const BUR = 'bur';

function viewer(personId: string, roles: Role[], home = KAV, extra: string[] = []): Viewer {
  return { personId, homeTenantId: home, tenantIds: [home, ...extra], roles };
}

// Kävlinge: director → careDirector → careHome → sara; finance reports to director.
const sara: PersonFacts = {
  id: 'sara',
  tenantId: KAV,
  managerChainIds: ['careHome', 'careDirector', 'director'],
};
const ali: PersonFacts = { id: 'ali', tenantId: BUR, managerChainIds: ['burDirector'] };

const careHome = viewer('careHome', ['MANAGER']);
const careDirector = viewer('careDirector', ['MANAGER']);
const finance = viewer('finance', ['IT_SUPERIOR', 'MANAGER']);
const saraSelf = viewer('sara', ['EMPLOYEE']);
const colleague = viewer('colleague', ['EMPLOYEE']);
const kavAgent = viewer('omar', ['AGENT_FIRST_LINE'], KAV, [BUR]);
const burAgent = viewer('lena', ['AGENT_FIRST_LINE'], BUR);
const kavAdmin = viewer('nils', ['ADMINISTRATOR', 'EMPLOYEE']);
const burAdmin = viewer('ida', ['ADMINISTRATOR'], BUR);
const adminWithKavAccess = viewer('ida2', ['ADMINISTRATOR'], BUR, [KAV]);

describe('roles and tenants', () => {
  it('knows agents, managers and tenant membership', () => {
    expect(isAgent(kavAgent)).toBe(true);
    expect(isAgent(viewer('x', ['IT_LEAD']))).toBe(true);
    expect(isAgent(careHome)).toBe(false);
    expect(isManager(finance)).toBe(true);
    expect(isManager(saraSelf)).toBe(false);
    expect(inTenant(kavAgent, BUR)).toBe(true);
    expect(inTenant(burAgent, KAV)).toBe(false);
  });

  it('administrators administer their home tenant only, never through an access grant', () => {
    expect(mayAdministerTenant(kavAdmin, KAV)).toBe(true);
    expect(mayAdministerTenant(kavAdmin, BUR)).toBe(false);
    expect(mayAdministerTenant(adminWithKavAccess, KAV)).toBe(false);
    expect(mayAdministerTenant(kavAgent, KAV)).toBe(false);
    expect(mayManagePeople(burAdmin, BUR)).toBe(true);
    expect(mayManageOrgUnits(burAdmin, KAV)).toBe(false);
    expect(mayViewOrgUnits(saraSelf, KAV)).toBe(true);
    expect(mayViewOrgUnits(burAgent, KAV)).toBe(false);
  });
});

describe('people', () => {
  it('managers are above their people transitively, not beside them', () => {
    expect(isManagerAbove(careHome, sara)).toBe(true);
    expect(isManagerAbove(careDirector, sara)).toBe(true);
    expect(isManagerAbove(finance, sara)).toBe(false);
    expect(isManagerAbove(saraSelf, sara)).toBe(false);
  });

  it('summaries: anyone in the same tenant', () => {
    expect(mayViewPersonSummary(colleague, sara)).toBe(true);
    expect(mayViewPersonSummary(burAgent, sara)).toBe(false);
    expect(mayViewPersonSummary(kavAgent, ali)).toBe(true);
  });

  it('staff search: managers, agents and administrators', () => {
    expect(maySearchStaff(careHome)).toBe(true);
    expect(maySearchStaff(kavAgent)).toBe(true);
    expect(maySearchStaff(kavAdmin)).toBe(true);
    expect(maySearchStaff(saraSelf)).toBe(false);
  });

  it('staff details: self, managers above, support and administrators of the tenant', () => {
    expect(mayViewStaffDetails(saraSelf, sara)).toBe(true);
    expect(mayViewStaffDetails(careDirector, sara)).toBe(true);
    expect(mayViewStaffDetails(finance, sara)).toBe(false);
    expect(mayViewStaffDetails(colleague, sara)).toBe(false);
    expect(mayViewStaffDetails(kavAgent, sara)).toBe(true);
    expect(mayViewStaffDetails(kavAgent, ali)).toBe(true);
    expect(mayViewStaffDetails(burAgent, sara)).toBe(false);
    expect(mayViewStaffDetails(kavAdmin, sara)).toBe(true);
    expect(mayViewStaffDetails(burAdmin, sara)).toBe(false);
    expect(mayViewStaffDetails(adminWithKavAccess, sara)).toBe(false);
  });

  it('temporary passwords and unlocking: managers above, support, administrators; never oneself', () => {
    for (const allowed of [careHome, careDirector, kavAgent, kavAdmin]) {
      expect(mayResetPasswordOf(allowed, sara)).toBe(true);
      expect(mayUnlockAccountOf(allowed, sara)).toBe(true);
    }
    for (const denied of [finance, colleague, saraSelf, burAgent, burAdmin]) {
      expect(mayResetPasswordOf(denied, sara)).toBe(false);
    }
    expect(mayResetPasswordOf(kavAgent, ali)).toBe(true);
    expect(mayResetPasswordOf(viewer('careHome', ['MANAGER'], BUR), sara)).toBe(false);
  });

  it('sign-out everywhere: oneself or whoever may reset', () => {
    expect(maySignOutEverywhere(saraSelf, sara)).toBe(true);
    expect(maySignOutEverywhere(careHome, sara)).toBe(true);
    expect(maySignOutEverywhere(colleague, sara)).toBe(false);
  });

  it('colleague reset requests: anyone else in the tenant (the code goes to the owner)', () => {
    expect(mayRequestColleagueReset(colleague, sara)).toBe(true);
    expect(mayRequestColleagueReset(saraSelf, sara)).toBe(false);
    expect(mayRequestColleagueReset(burAgent, sara)).toBe(false);
  });
});

describe('tickets', () => {
  const ticket = { tenantId: KAV, callerId: 'sara', subjectId: 'sara' };
  it('agents of the tenant, the caller and the subject see a ticket', () => {
    expect(mayViewTicket(kavAgent, ticket)).toBe(true);
    expect(mayViewTicket(saraSelf, ticket)).toBe(true);
    expect(mayViewTicket(colleague, ticket)).toBe(false);
    expect(mayViewTicket(burAgent, ticket)).toBe(false);
    expect(mayViewTicket(viewer('sara', ['EMPLOYEE'], BUR), ticket)).toBe(false);
    expect(mayViewQueue(kavAgent)).toBe(true);
    expect(mayViewQueue(careHome)).toBe(false);
  });
});
