import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { assertAllowed, mayManagePeople } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Tenant } from '../tenants/tenant.entity.js';
import type { HrFormat } from './hr-file.js';
import { HrImporter, type HrImportReport } from './hr-importer.js';

/** HR imports started by administrators from the web. */
@Injectable()
export class HrImportService {
  private readonly importer: HrImporter;

  constructor(
    private readonly em: EntityManager,
    clock: Clock,
    audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.importer = new HrImporter({ clock, audit, config });
  }

  async import(
    viewer: Viewer,
    tenantId: string | null | undefined,
    content: string,
    format: HrFormat,
    dryRun: boolean,
  ): Promise<HrImportReport> {
    const id = tenantId ?? viewer.homeTenantId;
    if (!viewer.tenantIds.includes(id)) throw AppError.notFound('The municipality');
    assertAllowed(mayManagePeople(viewer, id), 'Only administrators can import from HR.');
    const tenant = await this.em.findOneOrFail(Tenant, { id }, { filters: false });
    // Imports are system work across the tenant's people: filters off, deliberately.
    const em = this.em.fork({ clear: true });
    return this.importer.run(em, tenant, content, format, viewer.personId, { dryRun });
  }
}
