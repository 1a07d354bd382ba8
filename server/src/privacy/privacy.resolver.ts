import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import {
  PersonDataExportModel,
  PersonErasureModel,
  PrivacyNoticeModel,
  PrivacyNoticeTenantModel,
  PrivacySettingsModel,
} from './privacy.models.js';
import { PrivacyService } from './privacy.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly service: PrivacyService) {}

  @Query(() => PersonDataExportModel, {
    description:
      'Everything Linje holds about a person (administrators of their municipality; audited).',
  })
  async personDataExport(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<PersonDataExportModel> {
    const data = await this.service.exportPerson(viewer, personId);
    return {
      fileName: `linje-person-${data.personId}-${data.generatedAt.slice(0, 10)}.json`,
      json: JSON.stringify(data, null, 2),
    };
  }

  @Mutation(() => PersonErasureModel, {
    description:
      'Erases a person on request: their own rows deleted, tickets and records kept under a pseudonym (administrators of their municipality; irreversible; audited).',
  })
  async erasePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('reason') reason: string,
  ): Promise<PersonErasureModel> {
    const done = await this.service.erasePerson(viewer, personId, reason);
    return {
      personId: done.personId,
      pseudonym: done.pseudonym,
      deletedRows: Object.values(done.deleted).reduce((a, b) => a + b, 0),
    };
  }

  @Query(() => PrivacySettingsModel, {
    description: 'A municipality’s retention rule and own privacy notice (its administrators).',
  })
  async privacySettings(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<PrivacySettingsModel> {
    return this.service.settings(viewer, tenantId);
  }

  @Mutation(() => PrivacySettingsModel, {
    description:
      'Administrators: closed tickets are anonymised this many years after closing (1–30), or never (null); a daily job applies it.',
  })
  async setTicketRetention(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('years', { type: () => Int, nullable: true }) years: number | null,
  ): Promise<PrivacySettingsModel> {
    return this.service.setTicketRetention(viewer, tenantId, years ?? null);
  }

  @Mutation(() => PrivacySettingsModel, {
    description:
      'Administrators: the municipality’s own privacy notice (HTML, sanitised), or null for the default text.',
  })
  async setPrivacyNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('html', { type: () => String, nullable: true }) html: string | null,
  ): Promise<PrivacySettingsModel> {
    return this.service.setPrivacyNotice(viewer, tenantId, html ?? null);
  }

  @Query(() => PrivacyNoticeModel, {
    nullable: true,
    description:
      'A municipality’s privacy notice by its code (e.g. KAV), for anyone, signed in or not; null for an unknown code.',
  })
  async privacyNotice(
    @Args('tenantCode') tenantCode: string,
    @Args('language', { nullable: true, description: 'sv, nb or en; else the municipality’s.' })
    language?: string,
  ): Promise<PrivacyNoticeModel | null> {
    return this.service.notice(tenantCode, language);
  }

  @Query(() => [PrivacyNoticeTenantModel], {
    description: 'The municipalities whose privacy notices can be read (for the sign-in page).',
  })
  async privacyNoticeTenants(): Promise<PrivacyNoticeTenantModel[]> {
    return this.service.noticeTenants();
  }
}
