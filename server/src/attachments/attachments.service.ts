import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { EntityManager, MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { EventBus } from '../events/event-bus.js';
import { Person } from '../people/person.entity.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Attachment } from './attachment.entity.js';
import { cleanFileName, sniffContentType } from './sniff.js';

const SNIFF_BYTES = 4096;

/** A file that passed the checks every attachment passes, ready to be stored. */
export interface CheckedFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/**
 * Stores attachments on disk (content-addressed names, never the uploader's) and hands
 * them out only to people who may see the ticket. Size is enforced while streaming, so
 * an oversize upload never fills the disk.
 */
@Injectable()
export class AttachmentsService {
  private readonly dir: string;
  readonly maxBytes: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly tickets: TicketsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dir = config.attachments.dir;
    this.maxBytes = config.attachments.maxBytes;
  }

  /** A unit of work scoped to the viewer's tenants, as GraphQL requests are. */
  private scopedEm(viewer: Viewer): EntityManager {
    const em = this.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantIds: viewer.tenantIds });
    em.setFilterParams('ownTenants', { tenantIds: viewer.tenantIds });
    return em;
  }

  private async visibleTicket(
    em: EntityManager,
    viewer: Viewer,
    ticketId: string,
  ): Promise<Ticket> {
    const ticket = await em.findOne(
      Ticket,
      { id: ticketId },
      { populate: ['tenant', 'caller', 'subject'] },
    );
    if (!ticket || !this.tickets.maySee(viewer, ticket)) throw AppError.notFound('The ticket');
    return ticket;
  }

  async upload(
    viewer: Viewer,
    ticketId: string,
    rawFileName: string,
    declaredLength: number | null,
    body: Readable,
  ): Promise<Attachment> {
    const em = this.scopedEm(viewer);
    const ticket = await this.visibleTicket(em, viewer, ticketId);
    if (ticket.status === 'CLOSED')
      throw AppError.conflict('The ticket is closed; please file a new one.');
    const tooLarge = () => this.tooLarge();
    if (declaredLength !== null && declaredLength > this.maxBytes) {
      body.resume();
      throw tooLarge();
    }
    const fileName = cleanFileName(rawFileName);
    fs.mkdirSync(this.dir, { recursive: true });
    const temp = path.join(this.dir, `.upload-${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    const head: Buffer[] = [];
    let headLength = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        const out = fs.createWriteStream(temp, { flags: 'wx' });
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxBytes) {
            body.unpipe(out);
            body.resume();
            out.destroy();
            reject(tooLarge());
            return;
          }
          hash.update(chunk);
          if (headLength < SNIFF_BYTES) {
            head.push(chunk);
            headLength += chunk.length;
          }
        });
        body.on('error', reject);
        out.on('error', reject);
        out.on('finish', resolve);
        body.pipe(out);
      });
      const contentType = this.allowedType(Buffer.concat(head), fileName, size);
      const sha256 = hash.digest('hex');
      const id = randomUUID();
      const attachment = await em.transactional(async (tem) => {
        const created = tem.create(Attachment, {
          id,
          tenant: ticket.tenant,
          ticket: tem.getReference(Ticket, ticket.id),
          fileName,
          contentType,
          size,
          sha256,
          uploadedBy: tem.getReference(Person, viewer.personId),
          createdAt: this.clock.now(),
        });
        this.audit.record(tem, {
          tenantId: ticket.tenant.id,
          actorId: viewer.personId,
          action: 'ticket.attachment_added',
          entityType: 'Ticket',
          entityId: ticket.id,
          data: { attachmentId: id, fileName, contentType, size },
        });
        fs.renameSync(temp, this.pathOf(id));
        return created;
      });
      await this.events.publish('ticketChanged', {
        kind: 'UPDATED',
        tenantId: ticket.tenant.id,
        ticketId: ticket.id,
      });
      return attachment;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }

  private tooLarge(): AppError {
    return new AppError(
      'PAYLOAD_TOO_LARGE',
      `The file is too large: attachments may be at most ${Math.round(this.maxBytes / 1024 / 1024)} MB.`,
      { maxBytes: this.maxBytes },
    );
  }

  /** The sniffed type of a file that may be attached, from its first bytes; throws if none. */
  private allowedType(head: Buffer, fileName: string, size: number): string {
    const contentType = sniffContentType(new Uint8Array(head.subarray(0, SNIFF_BYTES)), fileName);
    if (size === 0) {
      throw AppError.badInput('The file is empty.', [
        { field: 'file', code: 'EMPTY', message: 'is empty' },
      ]);
    }
    if (!contentType) {
      throw AppError.badInput(
        'This kind of file cannot be attached. Use a picture (PNG, JPEG, GIF, WebP), PDF, Office document, ZIP or plain text.',
        [{ field: 'file', code: 'TYPE_NOT_ALLOWED', message: 'is not an accepted file type' }],
      );
    }
    return contentType;
  }

  /**
   * The checks an upload passes (size limit, not empty, a sniffed type that is allowed),
   * for a file that arrived whole, e.g. in a mail. Throws the same AppErrors.
   */
  checkFile(rawFileName: string, bytes: Buffer): CheckedFile {
    if (bytes.length > this.maxBytes) throw this.tooLarge();
    const fileName = cleanFileName(rawFileName);
    const contentType = this.allowedType(bytes, fileName, bytes.length);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { fileName, contentType, size: bytes.length, sha256, bytes };
  }

  /**
   * Stores checked files on a ticket in the transaction of `em` (the rows, audited, and
   * the bytes on disk). Each call writes new files under new ids, so a unit that runs
   * twice leaves at most an unreferenced file behind, never a row without its bytes.
   */
  storeChecked(
    em: EntityManager,
    ticket: Ticket,
    uploadedById: string,
    files: readonly CheckedFile[],
  ): Attachment[] {
    if (files.length === 0) return [];
    fs.mkdirSync(this.dir, { recursive: true });
    return files.map((file) => {
      const id = randomUUID();
      fs.writeFileSync(this.pathOf(id), file.bytes, { flag: 'wx' });
      const created = em.create(Attachment, {
        id,
        tenant: ticket.tenant,
        ticket,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        uploadedBy: em.getReference(Person, uploadedById),
        createdAt: this.clock.now(),
      });
      this.audit.record(em, {
        tenantId: ticket.tenant.id,
        actorId: uploadedById,
        action: 'ticket.attachment_added',
        entityType: 'Ticket',
        entityId: ticket.id,
        data: {
          attachmentId: id,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.size,
        },
      });
      return created;
    });
  }

  async forTicket(viewer: Viewer, em: EntityManager, ticketId: string): Promise<Attachment[]> {
    return em.find(Attachment, { ticket: ticketId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The attachment and a stream of its bytes, if the viewer may see its ticket. */
  async open(
    viewer: Viewer,
    id: string,
  ): Promise<{ attachment: Attachment; stream: fs.ReadStream }> {
    const em = this.scopedEm(viewer);
    const attachment = await em.findOne(Attachment, { id });
    if (!attachment) throw AppError.notFound('The attachment');
    await this.visibleTicket(em, viewer, attachment.ticket.id).catch(() => {
      throw AppError.notFound('The attachment');
    });
    return { attachment, stream: fs.createReadStream(this.pathOf(attachment.id)) };
  }

  /** Removes stored files whose rows are gone (ticket retention); missing files are fine. */
  removeStoredFiles(ids: readonly string[]): void {
    for (const id of ids) fs.rmSync(this.pathOf(id), { force: true });
  }

  private pathOf(id: string): string {
    return path.join(this.dir, id);
  }
}
