import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  USERNAME_SCHEME_KINDS,
  validatePasswordPolicy,
  type PasswordPolicy,
  type UsernameSchemeKind,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { assertAllowed, mayAdministerTenant } from '../auth/access-policy.js';
import { toPasswordPolicyModel } from '../auth/models/password-policy.model.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import {
  Tenant,
  tenantFeatureRules,
  tenantPasswordPolicy,
  tenantUsernameScheme,
} from './tenant.entity.js';
import type { TenantSettingsInput, TenantSettingsModel } from './tenant-settings.model.js';

const NO_FILTERS = { filters: false } as const;
const PHONE = /^\+?[0-9][0-9 ()-]{0,30}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toTenantSettings(t: Tenant): TenantSettingsModel {
  return {
    tenantId: t.id,
    name: t.name,
    code: t.code,
    timeZone: t.timeZone,
    urgentPhone: t.urgentPhone ?? null,
    supportPhone: t.supportPhone ?? null,
    supportEmail: t.supportEmail ?? null,
    mailboxAddress: t.mailboxAddress ?? null,
    passwordPolicy: toPasswordPolicyModel(tenantPasswordPolicy(t)),
    usernameScheme: tenantUsernameScheme(t).kind,
    featureRules: tenantFeatureRules(t),
  };
}

/** Municipality settings: phone numbers, password policy, username scheme, feature rules. */
@Injectable()
export class TenantsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async settings(viewer: Viewer, tenantId: string): Promise<TenantSettingsModel> {
    const tenant = await this.administered(this.em, viewer, tenantId);
    return toTenantSettings(tenant);
  }

  async update(
    viewer: Viewer,
    tenantId: string,
    input: TenantSettingsInput,
  ): Promise<TenantSettingsModel> {
    const problems: FieldProblem[] = [];
    const phone = (field: 'urgentPhone' | 'supportPhone'): string | null | undefined => {
      const v = input[field];
      if (v === undefined || v === null) return undefined;
      const t = v.trim();
      if (t === '') return null;
      if (!PHONE.test(t))
        problems.push({ field, code: 'INVALID_PHONE', message: 'is not a phone number' });
      return t;
    };
    const urgentPhone = phone('urgentPhone');
    const supportPhone = phone('supportPhone');
    let supportEmail: string | null | undefined;
    if (input.supportEmail !== undefined && input.supportEmail !== null) {
      const t = input.supportEmail.trim().toLowerCase();
      if (t !== '' && !EMAIL.test(t)) {
        problems.push({
          field: 'supportEmail',
          code: 'INVALID_EMAIL',
          message: 'is not an e-mail address',
        });
      }
      supportEmail = t === '' ? null : t;
    }
    let mailboxAddress: string | null | undefined;
    if (input.mailboxAddress !== undefined && input.mailboxAddress !== null) {
      const t = input.mailboxAddress.trim().toLowerCase();
      if (t !== '' && !EMAIL.test(t)) {
        problems.push({
          field: 'mailboxAddress',
          code: 'INVALID_EMAIL',
          message: 'is not an e-mail address',
        });
      }
      mailboxAddress = t === '' ? null : t;
    }
    let policy: PasswordPolicy | undefined;
    if (input.passwordPolicy) {
      const result = validatePasswordPolicy({ ...input.passwordPolicy });
      if (result.ok) policy = result.policy;
      else {
        for (const r of result.reasons) {
          problems.push({
            field: `passwordPolicy${'params' in r && 'field' in r.params ? `.${r.params.field}` : ''}`,
            code: r.code,
            message: 'is not allowed',
            ...('params' in r ? { params: { ...r.params } } : {}),
          });
        }
      }
    }
    let scheme: UsernameSchemeKind | undefined;
    if (input.usernameScheme !== undefined && input.usernameScheme !== null) {
      const kind = USERNAME_SCHEME_KINDS.find((k) => k === input.usernameScheme);
      if (!kind) {
        problems.push({
          field: 'usernameScheme',
          code: 'UNKNOWN_SCHEME',
          message: `must be one of ${USERNAME_SCHEME_KINDS.join(', ')}`,
        });
      }
      scheme = kind;
    }
    if (problems.length > 0) throw AppError.badInput('Some settings need attention.', problems);

    const tenant = await this.em.transactional(async (em) => {
      const t = await this.administered(em, viewer, tenantId);
      const before = toTenantSettings(t);
      if (urgentPhone !== undefined) t.urgentPhone = urgentPhone;
      if (supportPhone !== undefined) t.supportPhone = supportPhone;
      if (supportEmail !== undefined) t.supportEmail = supportEmail;
      if (mailboxAddress !== undefined && mailboxAddress !== t.mailboxAddress) {
        // Unique across municipalities: mail to one address must not reach two.
        const taken =
          mailboxAddress !== null &&
          (await em.count(Tenant, { mailboxAddress, id: { $ne: t.id } }, NO_FILTERS)) > 0;
        if (taken) {
          throw AppError.badInput('Some settings need attention.', [
            { field: 'mailboxAddress', code: 'TAKEN', message: 'is used by another municipality' },
          ]);
        }
        t.mailboxAddress = mailboxAddress;
      }
      if (policy) t.passwordPolicy = policy;
      if (scheme) t.usernameScheme = { kind: scheme };
      const rules = tenantFeatureRules(t);
      if (typeof input.remoteAccessOrderedByManager === 'boolean') {
        rules.remoteAccessOrderedByManager = input.remoteAccessOrderedByManager;
      }
      if (typeof input.internationalCallsNeedApproval === 'boolean') {
        rules.internationalCallsNeedApproval = input.internationalCallsNeedApproval;
      }
      t.featureRules = rules;
      this.audit.record(em, {
        tenantId: t.id,
        actorId: viewer.personId,
        action: 'tenant.settings_changed',
        entityType: 'Tenant',
        entityId: t.id,
        data: { before: { ...before }, after: { ...toTenantSettings(t) } },
      });
      return t;
    });
    return toTenantSettings(tenant);
  }

  private async administered(em: EntityManager, viewer: Viewer, tenantId: string): Promise<Tenant> {
    const tenant = await em.findOne(Tenant, { id: tenantId }, NO_FILTERS);
    if (!tenant || !viewer.tenantIds.includes(tenant.id))
      throw AppError.notFound('The municipality');
    assertAllowed(
      mayAdministerTenant(viewer, tenant.id),
      'Only the municipality’s administrators can see and change its settings.',
    );
    return tenant;
  }
}
