import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionService, readCookie } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, HTTP_STATUS } from '../common/app-error.js';
import { AttachmentsService } from './attachments.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Attachments travel as plain HTTP bodies (not GraphQL): upload the raw bytes with the
 * file name in `X-File-Name` (URI-encoded); download with the session cookie.
 */
@Controller('api')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly sessions: SessionService,
  ) {}

  private async viewer(req: Request): Promise<Viewer> {
    const viewer = await this.sessions.viewerForToken(
      readCookie(req.headers.cookie, SESSION_COOKIE),
    );
    if (!viewer) throw AppError.unauthenticated();
    return viewer;
  }

  private fail(res: Response, err: unknown): void {
    const error =
      err instanceof AppError
        ? err
        : new AppError('BAD_USER_INPUT', 'The upload could not be read.');
    res.status(HTTP_STATUS[error.code]).json({
      error: { code: error.code, message: error.message, ...error.details },
    });
  }

  @Post('tickets/:ticketId/attachments')
  async upload(
    @Param('ticketId') ticketId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.viewer(req);
      if (!UUID.test(ticketId)) throw AppError.notFound('The ticket');
      let name = 'file';
      const header = req.header('x-file-name');
      if (header) {
        try {
          name = decodeURIComponent(header);
        } catch {
          name = header;
        }
      }
      const length = req.header('content-length');
      const attachment = await this.attachments.upload(
        viewer,
        ticketId,
        name,
        length ? Number(length) : null,
        req,
      );
      res.status(201).json({
        id: attachment.id,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        size: attachment.size,
      });
    } catch (err) {
      req.resume();
      this.fail(res, err);
    }
  }

  @Get('attachments/:id')
  async download(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.viewer(req);
      if (!UUID.test(id)) throw AppError.notFound('The attachment');
      const { attachment, stream } = await this.attachments.open(viewer, id);
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader('Content-Length', String(attachment.size));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      const inline =
        attachment.contentType.startsWith('image/') && req.query['download'] === undefined;
      res.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename="download"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      );
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (err) {
      this.fail(res, err);
    }
  }
}
