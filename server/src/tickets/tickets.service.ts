import { randomUUID } from 'node:crypto';
import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { formatTicketNumber, localDateOf, validateDescription, validateTitle } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { isAgent, mayViewTicket } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { textProblems } from '../common/text-problems.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../events/event-bus.js';
import { Person } from '../people/person.entity.js';
import type { CreateTicketInput } from './dto/create-ticket.input.js';
import type { QueueArgs } from './dto/queue.args.js';
import { Ticket } from './ticket.entity.js';

const TICKET_POPULATE = ['tenant', 'caller', 'subject'] as const;
const MAX_PAGE = 200;

interface Cursor {
  createdAt: number;
  id: string;
}

function encodeCursor(t: Ticket): string {
  return Buffer.from(JSON.stringify([t.createdAt.getTime(), t.id])).toString('base64url');
}

function decodeCursor(s: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'number' &&
      typeof parsed[1] === 'string' &&
      parsed.length === 2
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.badInput('The page cursor is not valid; start again from the first page.', [
    { field: 'after', code: 'INVALID_CURSOR', message: 'is not a cursor returned by this server' },
  ]);
}

@Injectable()
export class TicketsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async create(viewer: Viewer, input: CreateTicketInput): Promise<Ticket> {
    const fields = this.validateCreate(input);
    const ticket = await this.em.transactional(async (em) => {
      const caller = await em.findOneOrFail(
        Person,
        { id: viewer.personId },
        { populate: ['tenant'] },
      );
      let subject = caller;
      if (input.subjectId && input.subjectId !== caller.id) {
        const other = await em.findOne(Person, { id: input.subjectId, tenant: caller.tenant });
        if (!other) throw AppError.notFound('The person the ticket is for');
        subject = other;
      }
      const now = this.clock.now();
      const tenant = caller.tenant;
      const [yyyy, mm] = localDateOf(tenant.timeZone, now).split('-');
      const period = { year: Number(yyyy), month: Number(mm) };
      const seq = await this.nextSequence(em, tenant.id, `${String(period.year).slice(2)}${mm}`);
      const created = em.create(Ticket, {
        id: randomUUID(),
        tenant,
        number: formatTicketNumber(tenant.code, period, seq),
        title: fields.title,
        description: fields.description,
        status: 'NEW',
        priority: 'MEDIUM',
        channel: 'PORTAL',
        caller,
        subject,
        createdAt: now,
        updatedAt: now,
      });
      this.audit.record(em, {
        tenantId: tenant.id,
        actorId: viewer.personId,
        action: 'ticket.created',
        entityType: 'Ticket',
        entityId: created.id,
        data: { number: created.number, title: created.title },
      });
      return created;
    });
    await this.events.publish('ticketChanged', {
      kind: 'CREATED',
      tenantId: ticket.tenant.id,
      ticketId: ticket.id,
    });
    return ticket;
  }

  /** A ticket the viewer may see: agents of its tenant, its caller and its subject. */
  async findVisible(viewer: Viewer, id: string): Promise<Ticket> {
    const ticket = await this.em.findOne(Ticket, { id }, { populate: TICKET_POPULATE });
    if (!ticket || !this.maySee(viewer, ticket)) throw AppError.notFound('The ticket');
    return ticket;
  }

  maySee(viewer: Viewer, ticket: Ticket): boolean {
    return mayViewTicket(viewer, {
      tenantId: ticket.tenant.id,
      callerId: ticket.caller.id,
      subjectId: ticket.subject.id,
    });
  }

  async mine(viewer: Viewer): Promise<Ticket[]> {
    return this.em.find(
      Ticket,
      { $or: [{ caller: viewer.personId }, { subject: viewer.personId }] },
      { populate: TICKET_POPULATE, orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  /** The agents' queue, newest first, with keyset pagination. */
  async queue(
    viewer: Viewer,
    args: QueueArgs,
  ): Promise<{ nodes: Ticket[]; endCursor: string | null; hasNextPage: boolean }> {
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents can see the queue.');
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
      throw AppError.badInput(`Ask for between 1 and ${MAX_PAGE} tickets per page.`, [
        {
          field: 'first',
          code: 'OUT_OF_RANGE',
          message: `must be 1–${MAX_PAGE}`,
          params: { min: 1, max: MAX_PAGE },
        },
      ]);
    }
    const where: FilterQuery<Ticket>[] = [];
    if (args.tenantIds?.length) where.push({ tenant: { $in: args.tenantIds } });
    if (args.statuses?.length) where.push({ status: { $in: args.statuses } });
    if (args.after) {
      const c = decodeCursor(args.after);
      const at = new Date(c.createdAt);
      where.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: c.id } }] });
    }
    const rows = await this.em.find(Ticket, where.length ? { $and: where } : {}, {
      populate: TICKET_POPULATE,
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: args.first + 1,
    });
    const hasNextPage = rows.length > args.first;
    const nodes = hasNextPage ? rows.slice(0, args.first) : rows;
    const last = nodes.at(-1);
    return { nodes, endCursor: last ? encodeCursor(last) : null, hasNextPage };
  }

  /** Loads a ticket for an event, bypassing the request's tenant scope (the subscriber is checked separately). */
  async loadForEvent(ticketId: string): Promise<Ticket | null> {
    return this.em
      .fork()
      .findOne(Ticket, { id: ticketId }, { populate: TICKET_POPULATE, filters: false });
  }

  private validateCreate(input: CreateTicketInput): { title: string; description: string } {
    const title = validateTitle(input.title, { controlCharacters: 'REJECT' });
    const description = validateDescription(input.description ?? '', {
      controlCharacters: 'REJECT',
    });
    const problems = [
      ...(title.ok ? [] : textProblems('title', title.reasons)),
      ...(description.ok ? [] : textProblems('description', description.reasons)),
    ];
    if (!title.ok || !description.ok) {
      throw AppError.badInput(
        `The ticket could not be saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
        problems,
      );
    }
    return { title: title.value, description: description.value };
  }

  /** Atomically bumps the tenant's counter for the month and returns the new sequence. */
  private async nextSequence(em: EntityManager, tenantId: string, period: string): Promise<number> {
    const rows: { last_seq: number }[] = await em
      .getConnection()
      .execute(
        'insert into ticket_counter (tenant_id, period, last_seq) values (?, ?, 1) ' +
          'on conflict (tenant_id, period) do update set last_seq = ticket_counter.last_seq + 1 ' +
          'returning last_seq',
        [tenantId, period],
        'all',
        em.getTransactionContext(),
      );
    const seq = rows[0]?.last_seq;
    if (typeof seq !== 'number') throw new Error('ticket counter did not return a sequence');
    return seq;
  }
}
