import { randomUUID } from 'node:crypto';
import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ROLES, isRole, type Role, type UsernameResult } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import {
  assertAllowed,
  assertVisible,
  isAgent,
  isAdministrator,
  mayManagePeople,
  mayResetPasswordOf,
  maySearchStaff,
  mayViewPersonSummary,
  mayViewStaffDetails,
} from '../auth/access-policy.js';
import { accountLockout, accountStatus, mustChangePassword } from '../auth/account-state.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { likeOperator, likeSpellings } from '../common/like-search.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { toPersonSummary, toTenantModel } from '../tickets/ticket.mapper.js';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input.js';
import type { StaffMemberModel } from './models/staff-member.model.js';
import { cleanPersonFields } from './person-fields.js';
import { loadManagerChainIds, loadPersonFacts, loadSubordinateIds } from './person-facts.js';
import { Person } from './person.entity.js';
import { allocateUsername } from './username-allocation.js';
import { UNKNOWN_SENDER_USERNAME } from './system-people.js';

const NO_FILTERS = { filters: false } as const;
const STAFF_POPULATE = ['tenant', 'manager', 'orgUnit', 'passwordHash'] as const;
export const STAFF_SEARCH_MAX = 50;

/** LIKE wildcards mean nothing in names, so they are dropped rather than escaped (portable). */
function likeTerm(s: string): string {
  return s.replace(/[\\%_]/g, '');
}

/** English wording for username failures; the web translates by code. */
export function usernameProblem(result: Exclude<UsernameResult, { ok: true }>): FieldProblem {
  switch (result.code) {
    case 'MISSING_BIRTH_DATE':
      return {
        field: 'birthDate',
        code: result.code,
        message: 'is needed for this municipality’s usernames',
      };
    case 'INVALID_BIRTH_DATE':
      return { field: 'birthDate', code: result.code, message: 'is not a valid date' };
    case 'NAME_HAS_NO_LETTERS':
      return { field: result.params.field, code: result.code, message: 'has no letters' };
    default:
      return { field: 'username', code: result.code, message: 'no free username was found' };
  }
}

/** People: the staff search, person details, manager chains, and administration. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get like(): '$ilike' | '$like' {
    return likeOperator(this.config.database.kind);
  }

  toStaffMember(viewer: Viewer, person: Person, chain: readonly string[]): StaffMemberModel {
    const now = this.clock.now();
    const lock = accountLockout(person, now);
    return {
      id: person.id,
      username: person.username,
      displayName: `${person.givenName} ${person.surname}`,
      givenName: person.givenName,
      surname: person.surname,
      personNumber: person.personNumber ?? null,
      email: person.email ?? null,
      mobile: person.mobile ?? null,
      workPhone: person.workPhone ?? null,
      jobTitle: person.jobTitle ?? null,
      kind: person.kind,
      tenant: toTenantModel(person.tenant),
      orgUnit: person.orgUnit
        ? { id: person.orgUnit.id, code: person.orgUnit.code, name: person.orgUnit.name }
        : null,
      manager: person.manager ? toPersonSummary(person.manager) : null,
      roles: [...person.roles],
      accountStatus: accountStatus(person, now),
      locked: lock.kind !== 'NOT_LOCKED',
      lockedUntil: lock.kind === 'LOCKED_UNTIL' ? lock.until : null,
      mustChangePassword: mustChangePassword(person, now),
      hasPassword: !!person.passwordHash,
      activeFrom: person.activeFrom ?? null,
      startDate: person.startDate ?? null,
      endDate: person.endDate ?? null,
      absent: person.absent,
      canResetPassword: mayResetPasswordOf(viewer, {
        id: person.id,
        tenantId: person.tenant.id,
        managerChainIds: chain,
      }),
    };
  }

  /**
   * The staff search: managers find the people below them, support and administrators
   * everyone in their municipalities. Every word must match a name, username or e-mail.
   */
  async searchStaff(viewer: Viewer, query: string, first = 20): Promise<StaffMemberModel[]> {
    assertAllowed(
      maySearchStaff(viewer),
      'Only managers, IT support and administrators can search staff.',
    );
    const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
    if (query.length > 200) throw AppError.badInput('The search is too long.');
    const limit = Math.min(Math.max(first, 1), STAFF_SEARCH_MAX);
    const where: FilterQuery<Person>[] = words.map((w) => {
      const spellings = likeSpellings(this.config.database.kind, likeTerm(w));
      return {
        $or: spellings.flatMap((spelling) => {
          const like = `%${spelling}%`;
          return [
            { givenName: { [this.like]: like } },
            { surname: { [this.like]: like } },
            { username: { [this.like]: like } },
            { email: { [this.like]: like } },
            { personNumber: { [this.like]: like } },
          ];
        }),
      };
    });
    const broad = isAgent(viewer) || isAdministrator(viewer);
    let scope: FilterQuery<Person> = {};
    if (!broad) {
      const below = await loadSubordinateIds(this.em, viewer.personId, viewer.tenantIds);
      scope = { id: { $in: [...below] } };
    }
    // The request's tenant filter scopes this to the viewer's municipalities.
    const people = await this.em.find(
      Person,
      { $and: [scope, { username: { $ne: UNKNOWN_SENDER_USERNAME } }, ...where] },
      { populate: STAFF_POPULATE, orderBy: { surname: 'asc', givenName: 'asc' }, limit: limit * 2 },
    );
    const out: StaffMemberModel[] = [];
    for (const p of people) {
      const facts = await loadPersonFacts(this.em, p);
      if (!mayViewStaffDetails(viewer, facts)) continue;
      out.push(this.toStaffMember(viewer, p, facts.managerChainIds));
      if (out.length >= limit) break;
    }
    return out;
  }

  async staffMember(viewer: Viewer, id: string): Promise<StaffMemberModel> {
    const person = await this.em.findOne(Person, { id }, { populate: STAFF_POPULATE });
    if (!person) throw AppError.notFound('The person');
    const facts = await loadPersonFacts(this.em, person);
    assertVisible(mayViewStaffDetails(viewer, facts), 'The person');
    return this.toStaffMember(viewer, person, facts.managerChainIds);
  }

  /** The people above someone, nearest first (manager, manager's manager, … director). */
  async managerChain(viewer: Viewer, id: string): Promise<Person[]> {
    const person = await this.em.findOne(Person, { id }, { populate: ['tenant'] });
    if (!person) throw AppError.notFound('The person');
    assertVisible(
      mayViewPersonSummary(viewer, { id, tenantId: person.tenant.id, managerChainIds: [] }),
      'The person',
    );
    const ids = await loadManagerChainIds(this.em, person);
    const managers = await this.em.find(Person, { id: { $in: ids } }, NO_FILTERS);
    const byId = new Map(managers.map((m) => [m.id, m]));
    return ids.map((i) => byId.get(i)).filter((m): m is Person => !!m);
  }

  async createPerson(viewer: Viewer, input: CreatePersonInput): Promise<StaffMemberModel> {
    const tenantId = input.tenantId ?? viewer.homeTenantId;
    assertAllowed(mayManagePeople(viewer, tenantId), 'Only administrators can add people.');
    const cleaned = cleanPersonFields(input, ['givenName', 'surname']);
    if (!cleaned.ok) throw AppError.badInput('Some fields need attention.', cleaned.problems);
    const f = cleaned.value;
    const person = await this.em.transactional(async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, NO_FILTERS);
      const username = await allocateUsername(em, this.config.database.kind, tenant, {
        givenName: f.givenName ?? '',
        surname: f.surname ?? '',
        birthDate: f.birthDate ?? null,
      });
      if (!username.ok) {
        throw AppError.badInput('A username could not be made.', [usernameProblem(username)]);
      }
      if (f.personNumber) await this.assertPersonNumberFree(em, tenantId, f.personNumber, null);
      const manager = input.managerId ? await this.personIn(em, input.managerId, tenantId) : null;
      const orgUnit = input.orgUnitId ? await this.unitIn(em, input.orgUnitId, tenantId) : null;
      const now = this.clock.now();
      const created = em.create(Person, {
        id: randomUUID(),
        tenant,
        username: username.username,
        givenName: f.givenName ?? '',
        surname: f.surname ?? '',
        email: f.email ?? null,
        mobile: f.mobile ?? null,
        workPhone: f.workPhone ?? null,
        jobTitle: f.jobTitle ?? null,
        kind: f.kind ?? 'EMPLOYEE',
        personNumber: f.personNumber ?? null,
        birthDate: f.birthDate ?? null,
        startDate: f.startDate ?? null,
        endDate: f.endDate ?? null,
        manager,
        orgUnit,
        roles: ['EMPLOYEE'],
        activeFrom: new Date(now.getTime() + this.config.accountActivationHours * 3_600_000),
        createdAt: now,
      });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'person.created',
        entityType: 'Person',
        entityId: created.id,
        data: { username: created.username },
      });
      return created;
    });
    return this.staffMember(viewer, person.id);
  }

  async updatePerson(
    viewer: Viewer,
    id: string,
    input: UpdatePersonInput,
  ): Promise<StaffMemberModel> {
    const cleaned = cleanPersonFields({
      givenName: input.givenName ?? undefined,
      surname: input.surname ?? undefined,
      email: input.email ?? undefined,
      mobile: input.mobile ?? undefined,
      workPhone: input.workPhone ?? undefined,
      jobTitle: input.jobTitle ?? undefined,
      kind: input.kind ?? undefined,
      startDate: input.startDate ?? undefined,
      endDate: input.endDate ?? undefined,
    });
    if (!cleaned.ok) throw AppError.badInput('Some fields need attention.', cleaned.problems);
    await this.em.transactional(async (em) => {
      const person = await this.managed(em, viewer, id);
      const f = cleaned.value;
      const changes: Record<string, unknown> = {};
      const set = <K extends keyof Person>(key: K, value: Person[K] | undefined): void => {
        if (value === undefined || person[key] === value) return;
        person[key] = value;
        changes[String(key)] = value;
      };
      set('givenName', f.givenName);
      set('surname', f.surname);
      set('email', f.email);
      set('mobile', f.mobile);
      set('workPhone', f.workPhone);
      set('jobTitle', f.jobTitle);
      set('kind', f.kind);
      set('startDate', f.startDate);
      set('endDate', f.endDate);
      if (input.accountEnabled !== undefined && input.accountEnabled !== null) {
        set('accountEnabled', input.accountEnabled);
      }
      if (input.absent !== undefined && input.absent !== null) set('absent', input.absent);
      if (input.managerId !== undefined && input.managerId !== null) {
        const manager = input.managerId
          ? await this.personIn(em, input.managerId, person.tenant.id)
          : null;
        if (manager) await this.assertNoCycle(em, person, manager);
        if ((person.manager?.id ?? null) !== (manager?.id ?? null)) {
          person.manager = manager;
          changes.managerId = manager?.id ?? null;
        }
      }
      if (input.deputyId !== undefined && input.deputyId !== null) {
        const deputy = input.deputyId
          ? await this.personIn(em, input.deputyId, person.tenant.id, 'deputyId')
          : null;
        if ((person.deputy?.id ?? null) !== (deputy?.id ?? null)) {
          person.deputy = deputy;
          changes.deputyId = deputy?.id ?? null;
        }
      }
      if (input.orgUnitId !== undefined && input.orgUnitId !== null) {
        const unit = input.orgUnitId
          ? await this.unitIn(em, input.orgUnitId, person.tenant.id)
          : null;
        if ((person.orgUnit?.id ?? null) !== (unit?.id ?? null)) {
          person.orgUnit = unit;
          changes.orgUnitId = unit?.id ?? null;
        }
      }
      if (Object.keys(changes).length > 0) {
        this.audit.record(em, {
          tenantId: person.tenant.id,
          actorId: viewer.personId,
          action: 'person.updated',
          entityType: 'Person',
          entityId: person.id,
          data: changes,
        });
      }
    });
    return this.staffMember(viewer, id);
  }

  async setRoles(viewer: Viewer, id: string, roles: string[]): Promise<StaffMemberModel> {
    const invalid = roles.filter((r) => !isRole(r));
    if (invalid.length > 0) {
      throw AppError.badInput(`Unknown roles: ${invalid.join(', ')}. Known: ${ROLES.join(', ')}.`, [
        {
          field: 'roles',
          code: 'UNKNOWN_ROLE',
          message: 'contains unknown roles',
          params: { invalid },
        },
      ]);
    }
    const wanted = [...new Set(roles)] as Role[];
    await this.em.transactional(async (em) => {
      const person = await this.managed(em, viewer, id);
      if (person.id === viewer.personId && !wanted.includes('ADMINISTRATOR')) {
        throw AppError.conflict('You cannot remove your own administrator role.');
      }
      const before = [...person.roles];
      person.roles = wanted;
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'person.roles_changed',
        entityType: 'Person',
        entityId: person.id,
        data: { before, after: wanted },
      });
    });
    return this.staffMember(viewer, id);
  }

  // -------------------------------------------------------------------------------------

  /** A person an administrator changes: NOT_FOUND outside the viewer's tenants, FORBIDDEN for non-admins. */
  private async managed(em: EntityManager, viewer: Viewer, id: string): Promise<Person> {
    const person = await em.findOne(Person, { id }, { ...NO_FILTERS, populate: ['tenant'] });
    if (!person || !viewer.tenantIds.includes(person.tenant.id))
      throw AppError.notFound('The person');
    assertAllowed(
      mayManagePeople(viewer, person.tenant.id),
      'Only administrators can change people.',
    );
    return person;
  }

  private async personIn(
    em: EntityManager,
    id: string,
    tenantId: string,
    field = 'managerId',
  ): Promise<Person> {
    const found = await em.findOne(Person, { id, tenant: tenantId }, NO_FILTERS);
    if (!found) {
      throw AppError.badInput('That person was not found in this municipality.', [
        { field, code: 'NOT_FOUND', message: 'was not found' },
      ]);
    }
    return found;
  }

  private async unitIn(em: EntityManager, id: string, tenantId: string): Promise<OrgUnit> {
    const found = await em.findOne(OrgUnit, { id, tenant: tenantId }, NO_FILTERS);
    if (!found) {
      throw AppError.badInput('That unit was not found in this municipality.', [
        { field: 'orgUnitId', code: 'NOT_FOUND', message: 'was not found' },
      ]);
    }
    return found;
  }

  private async assertNoCycle(em: EntityManager, person: Person, manager: Person): Promise<void> {
    if (manager.id === person.id) {
      throw AppError.badInput('A person cannot be their own manager.', [
        { field: 'managerId', code: 'CYCLE', message: 'would make a cycle' },
      ]);
    }
    const above = await loadManagerChainIds(em, manager);
    if (above.includes(person.id)) {
      throw AppError.badInput('That manager reports (directly or indirectly) to this person.', [
        { field: 'managerId', code: 'CYCLE', message: 'would make a cycle' },
      ]);
    }
  }

  private async assertPersonNumberFree(
    em: EntityManager,
    tenantId: string,
    personNumber: string,
    exceptId: string | null,
  ): Promise<void> {
    const other = await em.findOne(Person, { tenant: tenantId, personNumber }, NO_FILTERS);
    if (other && other.id !== exceptId) {
      throw AppError.badInput('Another person already has this person number.', [
        { field: 'personNumber', code: 'DUPLICATE', message: 'is already used' },
      ]);
    }
  }
}
