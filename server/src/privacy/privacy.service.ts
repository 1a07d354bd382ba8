import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { TEMPLATE_LANGUAGES, templateLanguageOf, type TemplateLanguage } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { inTenant, mayAdministerTenant } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { sanitizeRichText, richTextToPlain } from '../tickets/rich-text.js';
import { renderPersonExportPdf } from './person-export-pdf.js';
import { defaultPrivacyNotice } from './privacy-notice.js';
import {
  RETENTION_MAX_YEARS,
  RETENTION_MIN_YEARS,
  TenantPrivacySettings,
} from './tenant-privacy-settings.entity.js';
import { TicketRetention } from './ticket-retention.service.js';
import { erasePersonData, isErased, type ErasureResult } from './person-erasure.js';
import { collectPersonData, type PersonExport } from './person-export.js';

/**
 * Data subject access requests. Only administrators of the person's own municipality ask for
 * an export: a municipality routes DSARs through its administration (identity checked, the
 * request registered), so people do not download their own file directly.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly retention: TicketRetention,
  ) {}

  /** The person, when the viewer administers their municipality (the one rule for both). */
  private async administeredPerson(
    viewer: Viewer,
    personId: string,
    doing: string,
  ): Promise<Person> {
    const person = await this.em.findOne(Person, { id: personId });
    if (!person || !inTenant(viewer, person.tenant.id)) throw AppError.notFound('The person');
    if (!mayAdministerTenant(viewer, person.tenant.id))
      throw AppError.forbidden(`Only administrators of the municipality ${doing}.`);
    return person;
  }

  async exportPerson(
    viewer: Viewer,
    personId: string,
    format: 'json' | 'pdf' = 'json',
  ): Promise<PersonExport> {
    const person = await this.administeredPerson(
      viewer,
      personId,
      'export what Linje holds about a person',
    );
    const tenantId = person.tenant.id;
    return this.em.fork().transactional(async (em) => {
      em.setFilterParams(TENANT_FILTER, { tenantIds: [tenantId] });
      const data = await collectPersonData(em, personId, tenantId, this.clock.now());
      const counts = Object.fromEntries(
        Object.entries(data.places).map(([entity, rows]) => [entity, rows.length]),
      );
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'person.data_exported',
        entityType: 'Person',
        entityId: personId,
        data: { rows: counts, format },
      });
      return data;
    });
  }

  /**
   * The same export as a readable PDF, in `language` (the viewer's choice, else their own
   * setting, else the municipality's), times in the municipality's zone.
   */
  async exportPersonPdf(
    viewer: Viewer,
    personId: string,
    language: string | undefined,
  ): Promise<{ fileName: string; bytes: Buffer }> {
    const data = await this.exportPerson(viewer, personId, 'pdf');
    const em = this.em.fork();
    const tenant = await em.findOneOrFail(Tenant, { id: data.tenantId }, { filters: false });
    const me = await em.findOne(Person, { id: viewer.personId }, { filters: false });
    const profile = data.places.Person?.find((p) => p.id === personId);
    const personName = [profile?.givenName, profile?.surname]
      .filter((n): n is string => typeof n === 'string' && n !== '')
      .join(' ');
    const bytes = await renderPersonExportPdf({
      language:
        languageOf(language) ?? languageOf(me?.language) ?? templateLanguageOf(tenant.country),
      tenantName: tenant.name,
      timeZone: tenant.timeZone,
      personName,
      data,
    });
    return {
      fileName: `linje-person-${data.personId}-${data.generatedAt.slice(0, 10)}.pdf`,
      bytes,
    };
  }

  private async administeredSettings(
    viewer: Viewer,
    tenantId: string,
    doing: string,
  ): Promise<TenantPrivacySettings | null> {
    if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
    if (!mayAdministerTenant(viewer, tenantId))
      throw AppError.forbidden(`Only administrators of the municipality ${doing}.`);
    return this.em.fork().findOne(TenantPrivacySettings, { tenant: tenantId }, { filters: false });
  }

  async settings(viewer: Viewer, tenantId: string): Promise<PrivacySettingsView> {
    const settings = await this.administeredSettings(viewer, tenantId, 'see its privacy settings');
    return settingsView(tenantId, settings);
  }

  /**
   * How many years after closing tickets are anonymised (null: never). Schedules the daily
   * run; a run finding the rule gone ends its chain.
   */
  async setTicketRetention(
    viewer: Viewer,
    tenantId: string,
    years: number | null,
  ): Promise<PrivacySettingsView> {
    await this.administeredSettings(viewer, tenantId, 'change its retention rules');
    if (
      years !== null &&
      (!Number.isInteger(years) || years < RETENTION_MIN_YEARS || years > RETENTION_MAX_YEARS)
    ) {
      const message = `Give whole years from ${RETENTION_MIN_YEARS} to ${RETENTION_MAX_YEARS}, or none.`;
      throw AppError.badInput(message, [
        {
          field: 'years',
          code: 'OUT_OF_RANGE',
          message,
          params: { min: RETENTION_MIN_YEARS, max: RETENTION_MAX_YEARS },
        },
      ]);
    }
    return this.em.fork().transactional(async (em) => {
      const settings = await this.settingsRow(em, tenantId);
      const from = settings.ticketRetentionYears ?? null;
      settings.ticketRetentionYears = years;
      settings.updatedAt = this.clock.now();
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'privacy.ticket_retention_changed',
        entityType: 'TenantPrivacySettings',
        entityId: tenantId,
        data: { from, to: years },
      });
      if (years !== null) await this.retention.scheduleNext(em, tenantId);
      return settingsView(tenantId, settings);
    });
  }

  /** The administrators' own privacy notice (sanitised), or null for the default text. */
  async setPrivacyNotice(
    viewer: Viewer,
    tenantId: string,
    html: string | null,
  ): Promise<PrivacySettingsView> {
    await this.administeredSettings(viewer, tenantId, 'change its privacy notice');
    const clean = html === null ? null : sanitizeRichText(html);
    const blank = clean === null || richTextToPlain(clean).trim() === '';
    if (html !== null && blank)
      throw AppError.badInput('Write the notice, or go back to the default text.', [
        { field: 'html', code: 'REQUIRED', message: 'html' },
      ]);
    if (clean !== null && clean.length > NOTICE_MAX_LENGTH)
      throw AppError.badInput(`The notice may be at most ${NOTICE_MAX_LENGTH} characters.`, [
        {
          field: 'html',
          code: 'TOO_LONG',
          message: 'html',
          params: { max: NOTICE_MAX_LENGTH },
        },
      ]);
    return this.em.fork().transactional(async (em) => {
      const settings = await this.settingsRow(em, tenantId);
      settings.noticeHtml = blank ? null : clean;
      settings.updatedAt = this.clock.now();
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'privacy.notice_changed',
        entityType: 'TenantPrivacySettings',
        entityId: tenantId,
        data: { custom: settings.noticeHtml !== null },
      });
      return settingsView(tenantId, settings);
    });
  }

  private async settingsRow(em: EntityManager, tenantId: string): Promise<TenantPrivacySettings> {
    const found = await em.findOne(TenantPrivacySettings, { tenant: tenantId }, { filters: false });
    if (found) return found;
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, { filters: false });
    return em.create(TenantPrivacySettings, {
      tenant,
      ticketRetentionYears: null,
      noticeHtml: null,
    });
  }

  /** Every municipality's name and code, for the public list of privacy notices. */
  async noticeTenants(): Promise<{ code: string; name: string }[]> {
    const tenants = await this.em
      .fork()
      .find(Tenant, {}, { filters: false, orderBy: { name: 'asc' } });
    return tenants.map((t) => ({ code: t.code, name: t.name }));
  }

  /**
   * A municipality's privacy notice, for anyone (the sign-in page links to it): the
   * administrators' own text, or the default in `language` with the tenant's name, retention
   * rule and contact ways. Null for a code no municipality has.
   */
  async notice(code: string, language: string | undefined): Promise<PrivacyNoticeView | null> {
    const em = this.em.fork();
    const tenant = await em.findOne(
      Tenant,
      { code: code.trim().toUpperCase().slice(0, 8) },
      { filters: false },
    );
    if (!tenant) return null;
    const settings = await em.findOne(
      TenantPrivacySettings,
      { tenant: tenant.id },
      { filters: false },
    );
    const retentionYears = settings?.ticketRetentionYears ?? null;
    const lang = languageOf(language) ?? templateLanguageOf(tenant.country);
    return {
      tenantCode: tenant.code,
      tenantName: tenant.name,
      retentionYears,
      custom: !!settings?.noticeHtml,
      html:
        settings?.noticeHtml ??
        defaultPrivacyNotice(lang, {
          tenantName: tenant.name,
          retentionYears,
          supportEmail: tenant.supportEmail ?? null,
          supportPhone: tenant.supportPhone ?? null,
        }),
      updatedAt: settings?.updatedAt ?? null,
    };
  }

  /**
   * Erases a person on request (GDPR art. 17): irreversible, audited with the reason and what
   * was deleted, never with the erased details themselves.
   */
  async erasePerson(
    viewer: Viewer,
    personId: string,
    reason: string,
  ): Promise<ErasureResult & { personId: string }> {
    const found = await this.administeredPerson(viewer, personId, 'erase a person');
    const why = reason.trim();
    if (why.length < 3 || why.length > 500)
      throw AppError.badInput('Give the reason for the erasure (3 to 500 characters).', [
        { field: 'reason', code: why.length < 3 ? 'REQUIRED' : 'TOO_LONG', message: 'reason' },
      ]);
    if (found.id === viewer.personId) throw AppError.badInput('You cannot erase yourself.');
    const tenantId = found.tenant.id;
    return this.em.fork().transactional(async (em) => {
      em.setFilterParams(TENANT_FILTER, { tenantIds: [tenantId] });
      const person = await em.findOneOrFail(Person, { id: personId });
      if (isErased(person)) throw AppError.conflict('This person has already been erased.');
      const result = await erasePersonData(em, person);
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'person.erased',
        entityType: 'Person',
        entityId: personId,
        data: { reason: why, deleted: result.deleted },
      });
      return { personId, ...result };
    });
  }
}

export const NOTICE_MAX_LENGTH = 20_000;

function languageOf(value: string | null | undefined): TemplateLanguage | null {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(value ?? '')
    ? (value as TemplateLanguage)
    : null;
}

export interface PrivacySettingsView {
  tenantId: string;
  ticketRetentionYears: number | null;
  customNoticeHtml: string | null;
  updatedAt: Date | null;
}

function settingsView(
  tenantId: string,
  settings: TenantPrivacySettings | null,
): PrivacySettingsView {
  return {
    tenantId,
    ticketRetentionYears: settings?.ticketRetentionYears ?? null,
    customNoticeHtml: settings?.noticeHtml ?? null,
    updatedAt: settings?.updatedAt ?? null,
  };
}

export interface PrivacyNoticeView {
  tenantCode: string;
  tenantName: string;
  retentionYears: number | null;
  custom: boolean;
  html: string;
  updatedAt: Date | null;
}
