import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionService, readCookie } from '../auth/session.service.js';
import { AppError, HTTP_STATUS } from '../common/app-error.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { CatalogService } from './catalog.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The archived PDF of a signed order, for those who may see the order (session cookie). */
@Controller('api')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly sessions: SessionService,
    private readonly orm: MikroORM,
  ) {}

  @Get('catalog-orders/:orderId/document')
  async download(
    @Param('orderId') orderId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.sessions.viewerForToken(
        readCookie(req.headers.cookie, SESSION_COOKIE),
      );
      if (!viewer) throw AppError.unauthenticated();
      if (!UUID.test(orderId)) throw AppError.notFound('The order');
      // The same tenant scoping as a GraphQL request.
      const em = this.orm.em.fork();
      em.setFilterParams(TENANT_FILTER, { tenantIds: viewer.tenantIds });
      em.setFilterParams('ownTenants', { tenantIds: viewer.tenantIds });
      const document = await RequestContext.create(em, () =>
        this.catalog.document(viewer, orderId),
      );
      if (!document) throw AppError.notFound('The signed document');
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(document.size));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-SHA256', document.sha256);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${document.fileName}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      );
      res.end(document.bytes);
    } catch (err) {
      if (!(err instanceof AppError)) {
        res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong.' } });
        return;
      }
      res.status(HTTP_STATUS[err.code]).json({ error: { code: err.code, message: err.message } });
    }
  }
}
