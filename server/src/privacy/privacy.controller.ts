import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionService, readCookie } from '../auth/session.service.js';
import { AppError, HTTP_STATUS } from '../common/app-error.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { PrivacyService } from './privacy.service.js';

/**
 * The person data export as a PDF (session cookie): authorised and audited exactly like the
 * `personDataExport` query.
 */
@Controller('api')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly sessions: SessionService,
    private readonly orm: MikroORM,
  ) {}

  @Get('people/:personId/data-export.pdf')
  async exportPdf(
    @Param('personId') personId: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.sessions.viewerForToken(
        readCookie(req.headers.cookie, SESSION_COOKIE),
      );
      if (!viewer) throw AppError.unauthenticated();
      if (viewer.mustChangePassword) throw AppError.forbidden('Change your password first.');
      // The same tenant scoping as a GraphQL request.
      const em = this.orm.em.fork();
      em.setFilterParams(TENANT_FILTER, { tenantIds: viewer.tenantIds });
      em.setFilterParams('ownTenants', { tenantIds: viewer.tenantIds });
      const pdf = await RequestContext.create(em, () =>
        this.privacy.exportPersonPdf(viewer, personId, typeof lang === 'string' ? lang : undefined),
      );
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(pdf.bytes.length));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${pdf.fileName}"; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`,
      );
      res.end(pdf.bytes);
    } catch (err) {
      if (!(err instanceof AppError)) {
        res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong.' } });
        return;
      }
      res.status(HTTP_STATUS[err.code]).json({ error: { code: err.code, message: err.message } });
    }
  }
}
