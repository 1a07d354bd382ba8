import { randomUUID } from 'node:crypto';
import { EntityManager, OptimisticLockError } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  CRITICAL_DEFINITION_CODES,
  DEFAULT_PRIORITY_MATRIX,
  PORTAL_TICKET_LIMIT,
  TICKET_CHANNELS,
  canTransition,
  formatTicketNumber,
  localDateOf,
  priorityFromMatrix,
  statusAfterCallerReply,
  validateDescription,
  validatePriorityMatrix,
  validateTitle,
  type Impact,
  type PriorityMatrix,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
  type TransitionResult,
  type Urgency,
} from '@linje/shared';
import { Asset } from '../assets/asset.entity.js';
import type { LinkTicketAssetInput } from '../assets/asset.input.js';
import { AuditService } from '../audit/audit.service.js';
import {
  assertAllowed,
  hasAgentRole,
  isAgent,
  isManager,
  inTenant,
  isManagerAbove,
  mayViewTicket,
} from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Category } from '../categories/category.entity.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { textProblems } from '../common/text-problems.js';
import { Clock } from '../common/clock.js';
import { GroupCommit } from '../database/group-commit.js';
import { TicketNumbers } from './ticket-numbers.js';
import { loadOwnPersonRows, mapOwnPerson } from '../auth/own-person.js';
import { ViewerRowsCache } from '../auth/viewer-rows-cache.js';
import { TenantSettingsCache } from '../database/tenant-settings-cache.js';
import { EventBus } from '../events/event-bus.js';
import { loadPersonFacts, loadSubordinateIds } from '../people/person-facts.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import type {
  BulkUpdateTicketsInput,
  RecordTicketForCallerInput,
} from './dto/bulk-and-record.input.js';
import type { CreateCriticalTicketInput, CreateTicketInput } from './dto/create-ticket.input.js';
import type {
  AddTicketEntryInput,
  AssignTicketInput,
  ChangeTicketPriorityInput,
  ChangeTicketStatusInput,
  LinkTicketInput,
  MergeTicketInput,
  RateTicketInput,
  ResolveMajorIncidentInput,
  SetMajorIncidentInput,
  TicketRefInput,
} from './dto/ticket-change.input.js';
import { OperatorGroup } from './operator-group.entity.js';
import { TenantTicketSettings } from './tenant-ticket-settings.entity.js';
import { TicketEntry, type TicketEntryKind } from './ticket-entry.entity.js';
import { TicketHooks, type TicketChange } from './ticket-hooks.js';
import { readRichDescription } from './rich-text.js';
import { Ticket } from './ticket.entity.js';

export const TICKET_POPULATE = [
  'tenant',
  'caller',
  'subject',
  'category',
  'group',
  'operator',
  'asset',
] as const;

type FilingFields = Partial<
  Pick<Ticket, 'category' | 'asset' | 'impact' | 'urgency' | 'priority' | 'priorityReason'>
>;

/** What a new ticket's text is stored as. */
interface TicketText {
  title: string;
  description: string;
  /** Sanitised HTML; null when the ticket was filed as plain text. */
  descriptionHtml: string | null;
}

const MAX_TIME_SPENT_MINUTES = 24 * 60;
const BULK_MAX = 100;

/** One ticket of a bulk change: the changed ticket, or why it was not changed. */
export type BulkOutcome = { id: string; ticket: Ticket } | { id: string; error: AppError };
const REASON_MAX = 500;

function fieldError(
  message: string,
  field: string,
  code: string,
  params?: Record<string, unknown>,
): AppError {
  const problem: FieldProblem = { field, code, message, ...(params ? { params } : {}) };
  return AppError.badInput(message, [problem]);
}

function transitionError(result: Exclude<TransitionResult, { ok: true }>): AppError {
  switch (result.code) {
    case 'ILLEGAL_TRANSITION':
      return fieldError(
        `A ticket that is ${result.params.from} cannot be set to ${result.params.to}.`,
        'status',
        result.code,
        result.params,
      );
    case 'NOT_ALLOWED_FOR_ACTOR':
      return new AppError(
        'FORBIDDEN',
        `You may not move a ticket from ${result.params.from} to ${result.params.to}.`,
      );
    case 'REOPEN_WINDOW_PASSED':
      return fieldError(
        `The ticket can no longer be reopened (the ${result.params.windowDays}-day window has passed); please file a new ticket.`,
        'status',
        result.code,
        result.params,
      );
  }
}

/** An agent with an enabled account: someone a ticket may be assigned to (with access to it). */
function mayTakeTickets(person: Person): boolean {
  return person.accountEnabled && hasAgentRole(person.roles);
}

@Injectable()
export class TicketsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly hooks: TicketHooks,
    private readonly settings: TenantSettingsCache,
    private readonly groupCommit: GroupCommit,
    private readonly numbers: TicketNumbers,
    private readonly viewerRows: ViewerRowsCache,
  ) {}

  // ----------------------------------------------------------------------------- filing

  async create(viewer: Viewer, input: CreateTicketInput): Promise<Ticket> {
    const fields = this.validateText(input.title, input.description, input.descriptionHtml);
    return this.file(viewer, input.subjectId, fields, (em, tenantId) =>
      this.classify(em, tenantId, input),
    );
  }

  /**
   * A ticket the system files as part of another change (the fulfilment of an approved
   * catalog order), inside that change's transaction. The caller announces it with
   * `announceCreated` once the transaction has committed.
   */
  async fileWithin(
    em: EntityManager,
    actorId: string,
    tenant: Tenant,
    values: {
      caller: Person;
      subject: Person;
      group: OperatorGroup | null;
      title: string;
      description: string;
    },
  ): Promise<Ticket> {
    const fields = this.validateText(values.title, values.description, null);
    const created = await this.newTicket(em, tenant, fields, {
      caller: values.caller,
      subject: values.subject,
    });
    created.group = values.group;
    await this.hooks.run(em, created, { kind: 'CREATED' });
    this.audit.record(em, {
      tenantId: tenant.id,
      actorId,
      action: 'ticket.created',
      entityType: 'Ticket',
      entityId: created.id,
      data: { number: created.number, title: created.title, priority: created.priority },
    });
    return created;
  }

  async announceCreated(ticket: Ticket): Promise<void> {
    await this.publish('CREATED', ticket);
  }

  /** The separate critical path: the filer has confirmed the definition. */
  async createCritical(viewer: Viewer, input: CreateCriticalTicketInput): Promise<Ticket> {
    const fields = this.validateText(input.title, input.description, input.descriptionHtml);
    const reason = input.criticalReason;
    if (!(CRITICAL_DEFINITION_CODES as readonly string[]).includes(reason)) {
      throw fieldError(
        'Confirm why the ticket is critical: danger to life or health, or a whole department stopped.',
        'criticalReason',
        'NOT_CRITICAL_DEFINITION',
        { allowed: [...CRITICAL_DEFINITION_CODES] },
      );
    }
    return this.file(viewer, input.subjectId, fields, () =>
      Promise.resolve({ priority: 'CRITICAL', priorityReason: reason }),
    );
  }

  private async file(
    viewer: Viewer,
    subjectId: string | null | undefined,
    fields: TicketText,
    /** Looks up what the new ticket needs before anything is added to the unit of work. */
    prepare: (em: EntityManager, tenantId: string) => Promise<FilingFields>,
  ): Promise<Ticket> {
    // What filing only reads is looked up before the transaction: on SQLite's single
    // connection every moment inside it holds up all other requests. The filer is read as
    // rows and mapped once into the transaction's unit of work (see mapOwnPerson).
    const own = await loadOwnPersonRows(this.em, this.viewerRows, viewer);
    const tenantId = own.tenantId;
    const subject =
      subjectId && subjectId !== viewer.personId
        ? await this.subjectFiledFor(this.em, viewer, tenantId, subjectId)
        : null;
    const prepared = await prepare(this.em, tenantId);
    // Filings arriving together commit together (see GroupCommit).
    const ticket = await this.groupCommit.run(tenantId, async (em) => {
      const caller = mapOwnPerson(em, own);
      const created = await this.newTicket(em, caller.tenant, fields, {
        caller,
        subject: subject ?? caller,
        ...prepared,
      });
      await this.hooks.run(em, created, { kind: 'CREATED' });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'ticket.created',
        entityType: 'Ticket',
        entityId: created.id,
        data: { number: created.number, title: created.title, priority: created.priority },
      });
      return created;
    });
    await this.publish('CREATED', ticket);
    return ticket;
  }

  /**
   * A new ticket, numbered, in a unit of the group commit. The entities it refers to were
   * read into the request's unit of work; the shared transaction has its own.
   */
  private async newTicket(
    em: EntityManager,
    tenant: Tenant,
    fields: TicketText,
    values: FilingFields & { caller: Person; subject: Person; channel?: TicketChannel },
  ): Promise<Ticket> {
    // Entities read elsewhere join this unit of work (a no-op for those mapped into it).
    for (const read of [tenant, values.caller, values.subject, values.category, values.asset]) {
      if (read) em.merge(read);
    }
    const now = this.clock.now();
    const [yyyy, mm] = localDateOf(tenant.timeZone, now).split('-');
    const period = { year: Number(yyyy), month: Number(mm) };
    const seq = await this.numbers.next(em, tenant.id, `${String(period.year).slice(2)}${mm}`);
    return em.create(Ticket, {
      id: randomUUID(),
      tenant,
      number: formatTicketNumber(tenant.code, period, seq),
      title: fields.title,
      description: fields.description,
      descriptionHtml: fields.descriptionHtml,
      status: 'NEW',
      priority: 'MEDIUM',
      channel: 'PORTAL',
      createdAt: now,
      updatedAt: now,
      ...values,
    });
  }

  /** Category, asset and the priority from the tenant's matrix, for a ticket being filed. */
  private async classify(
    em: EntityManager,
    tenantId: string,
    input: {
      categoryId?: string | null;
      assetId?: string | null;
      impact?: Impact | null;
      urgency?: Urgency | null;
    },
  ): Promise<FilingFields> {
    const impact = input.impact ?? 'PERSON';
    const urgency = input.urgency ?? 'MEDIUM';
    let category: Category | null = null;
    if (input.categoryId) {
      category = await em.findOne(Category, {
        id: input.categoryId,
        tenant: tenantId,
        active: true,
      });
      if (!category) throw AppError.notFound('The category');
    }
    const asset = await this.filingAsset(em, tenantId, input.assetId);
    const matrix = await this.matrixFor(em, tenantId);
    return {
      category,
      asset,
      impact,
      urgency,
      priority: priorityFromMatrix(matrix, impact, urgency),
    };
  }

  /** An asset named when filing: an active one of the filer's (or caller's) municipality. */
  private async filingAsset(
    em: EntityManager,
    tenantId: string,
    assetId: string | null | undefined,
  ): Promise<Asset | null> {
    if (!assetId) return null;
    const asset = await em.findOne(Asset, { id: assetId, tenant: tenantId, active: true });
    if (!asset) throw AppError.notFound('The asset');
    return asset;
  }

  /**
   * A manager files on behalf of one of their own people (anyone below them in the manager
   * chain). Someone else in the tenant is FORBIDDEN; an unknown id is NOT_FOUND.
   */
  private async subjectFiledFor(
    em: EntityManager,
    viewer: Viewer,
    tenantId: string,
    subjectId: string,
  ): Promise<Person> {
    const other = await em.findOne(Person, { id: subjectId, tenant: tenantId });
    if (!other) throw AppError.notFound('The person the ticket is for');
    assertAllowed(
      isManagerAbove(viewer, await loadPersonFacts(em, other)),
      'You can file tickets on behalf of the people below you in the organisation only.',
    );
    return other;
  }

  /** People the viewer may file tickets for: everyone below them in the manager chain. */
  async peopleToFileFor(viewer: Viewer): Promise<Person[]> {
    if (!isManager(viewer)) return [];
    const ids = await loadSubordinateIds(this.em, viewer.personId, [viewer.homeTenantId]);
    if (ids.size === 0) return [];
    return this.em.find(
      Person,
      { id: { $in: [...ids] }, tenant: viewer.homeTenantId },
      { orderBy: { surname: 'asc', givenName: 'asc' }, limit: 500 },
    );
  }

  /**
   * An agent records a ticket for a caller who phoned, e-mailed or walked in. The caller must
   * belong to a municipality the agent serves (NOT_FOUND otherwise, so nothing is revealed).
   */
  async recordForCaller(viewer: Viewer, input: RecordTicketForCallerInput): Promise<Ticket> {
    assertAllowed(isAgent(viewer), 'Only IT agents record tickets for callers.');
    const fields = this.validateText(input.title, input.description, input.descriptionHtml);
    const minutes = this.validateMinutes(input.timeSpentMinutes);
    if (!(TICKET_CHANNELS as readonly string[]).includes(input.channel)) {
      throw fieldError('Choose how the caller reached you.', 'channel', 'INVALID', {
        allowed: [...TICKET_CHANNELS],
      });
    }
    // Read before the transaction, as in file().
    const caller = await this.em.findOne(
      Person,
      { id: input.callerId },
      { populate: ['tenant'], filters: false },
    );
    if (!caller || !inTenant(viewer, caller.tenant.id)) throw AppError.notFound('The caller');
    const tenant = caller.tenant;
    const classified = await this.classify(this.em, tenant.id, input);
    const ticket = await this.groupCommit.run(tenant.id, async (em) => {
      const created = await this.newTicket(em, tenant, fields, {
        ...classified,
        channel: input.channel,
        caller,
        subject: caller,
      });
      this.recordEntry(em, created, viewer, 'CHANGE', {
        data: { field: 'channel', from: null, to: input.channel, reason: 'recorded by IT' },
        minutes,
      });
      await this.hooks.run(em, created, { kind: 'CREATED' });
      this.audit.record(em, {
        tenantId: tenant.id,
        actorId: viewer.personId,
        action: 'ticket.recorded',
        entityType: 'Ticket',
        entityId: created.id,
        data: {
          number: created.number,
          callerId: caller.id,
          channel: input.channel,
          priority: created.priority,
        },
      });
      return created;
    });
    await this.publish('CREATED', ticket);
    return ticket;
  }

  /**
   * The queue's bulk change. Per-ticket results: each ticket gets all of the requested
   * changes in one transaction of its own (access policy, state machine and version checked,
   * audited, published after commit) or none of them; one ticket failing leaves the others
   * changed and is reported with its error code and message.
   */
  async bulkUpdate(viewer: Viewer, input: BulkUpdateTicketsInput): Promise<BulkOutcome[]> {
    assertAllowed(isAgent(viewer), 'Only IT agents can change tickets.');
    const ids = input.tickets.map((t) => t.id);
    if (ids.length === 0) throw fieldError('Select at least one ticket.', 'tickets', 'EMPTY');
    if (ids.length > BULK_MAX) {
      throw fieldError(`Change at most ${BULK_MAX} tickets at a time.`, 'tickets', 'TOO_MANY', {
        max: BULK_MAX,
      });
    }
    if (new Set(ids).size !== ids.length) {
      throw fieldError('Each ticket may be listed once.', 'tickets', 'DUPLICATE');
    }
    const assign = input.groupId != null || input.operatorId != null;
    if (!assign && !input.status && !input.priority) {
      throw fieldError('Choose a status, an assignment or a priority.', 'change', 'REQUIRED');
    }
    const reason = input.priority ? this.validatePriorityReason(input) : '';
    const outcomes: BulkOutcome[] = [];
    for (const ref of input.tickets) {
      try {
        const ticket = await this.agentChange(viewer, ref, async (em, t) => {
          const changes: TicketChange[] = [];
          if (assign) {
            const given = {
              ...(input.groupId != null ? { groupId: input.groupId } : {}),
              ...(input.operatorId != null ? { operatorId: input.operatorId } : {}),
            };
            changes.push(await this.assignmentChange(em, viewer, t, given, true));
          }
          if (input.priority) {
            changes.push(
              await this.priorityChange(em, viewer, t, { priority: input.priority }, reason),
            );
          }
          if (input.status) changes.push(this.statusChange(em, viewer, t, input.status, 0));
          const last = changes.pop() as TicketChange;
          for (const change of changes) {
            await this.hooks.run(em, t, change);
            this.audit.record(em, {
              tenantId: t.tenant.id,
              actorId: viewer.personId,
              action: `ticket.${change.kind.toLowerCase()}`,
              entityType: 'Ticket',
              entityId: t.id,
              data: { ...change, bulk: true },
            });
          }
          return last;
        });
        outcomes.push({ id: ref.id, ticket });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        outcomes.push({ id: ref.id, error: err });
      }
    }
    return outcomes;
  }

  // ----------------------------------------------------------------------------- reading

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
      {
        populate: TICKET_POPULATE,
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: PORTAL_TICKET_LIMIT,
      },
    );
  }

  /** Tickets the viewer filed for someone else (e.g. a manager for an employee). */
  async filedForOthers(viewer: Viewer): Promise<Ticket[]> {
    return this.em.find(
      Ticket,
      { caller: viewer.personId, subject: { $ne: viewer.personId } },
      {
        populate: TICKET_POPULATE,
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: PORTAL_TICKET_LIMIT,
      },
    );
  }

  /** The timeline; internal notes only for agents. Call after findVisible. */
  async entries(viewer: Viewer, ticket: Ticket): Promise<TicketEntry[]> {
    return this.em.find(
      TicketEntry,
      isAgent(viewer) ? { ticket } : { ticket, kind: { $ne: 'NOTE' } },
      { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  async categories(viewer: Viewer, tenantId: string | null | undefined): Promise<Category[]> {
    const tenant = tenantId ?? viewer.homeTenantId;
    if (!viewer.tenantIds.includes(tenant)) return [];
    return this.em.find(Category, { tenant, active: true }, { orderBy: { name: 'asc' } });
  }

  /**
   * The agents a ticket may be assigned to: those of its municipality and those granted
   * access to it (a shared IT team), with an enabled account; by surname. Agents only.
   */
  async operatorsFor(viewer: Viewer, ticketId: string): Promise<Person[]> {
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents assign tickets.');
    const ticket = await this.findVisible(viewer, ticketId);
    const tenantId = ticket.tenant.id;
    const granted = await this.em.find(TenantAccess, { tenant: tenantId }, { filters: false });
    const people = await this.em.find(
      Person,
      { $or: [{ tenant: tenantId }, { id: { $in: granted.map((g) => g.person.id) } }] },
      { filters: false, orderBy: { surname: 'asc', givenName: 'asc', id: 'asc' } },
    );
    return people.filter(mayTakeTickets);
  }

  async operatorGroups(viewer: Viewer): Promise<OperatorGroup[]> {
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents see operator groups.');
    return this.em.find(OperatorGroup, {}, { orderBy: { line: 'asc', name: 'asc' } });
  }

  /** Loads a ticket for an event, bypassing the request's tenant scope (the subscriber is checked separately). */
  async loadForEvent(ticketId: string): Promise<Ticket | null> {
    return this.em
      .fork()
      .findOne(Ticket, { id: ticketId }, { populate: TICKET_POPULATE, filters: false });
  }

  // ----------------------------------------------------------------------------- agent changes
  // One method per kind of change, so other domains hook in through TicketHooks.

  async changeStatus(viewer: Viewer, input: ChangeTicketStatusInput): Promise<Ticket> {
    const minutes = this.validateMinutes(input.timeSpentMinutes);
    return this.agentChange(viewer, input, (em, ticket) =>
      Promise.resolve(this.statusChange(em, viewer, ticket, input.status, minutes)),
    );
  }

  private statusChange(
    em: EntityManager,
    viewer: Viewer,
    ticket: Ticket,
    to: TicketStatus,
    minutes: number,
  ): TicketChange {
    const from = ticket.status;
    const check = canTransition(from, to, 'AGENT');
    if (!check.ok) throw transitionError(check);
    this.applyStatus(ticket, to);
    this.recordEntry(em, ticket, viewer, 'CHANGE', {
      data: { field: 'status', from, to },
      minutes,
    });
    return { kind: 'STATUS', from, to };
  }

  async changePriority(viewer: Viewer, input: ChangeTicketPriorityInput): Promise<Ticket> {
    const reason = this.validatePriorityReason(input);
    return this.agentChange(viewer, input, (em, ticket) =>
      this.priorityChange(em, viewer, ticket, input, reason),
    );
  }

  private validatePriorityReason(input: {
    priority?: TicketPriority | null;
    impact?: Impact | null;
    urgency?: Urgency | null;
    reason?: string | null;
  }): string {
    const reason = input.reason?.trim() ?? '';
    if (input.priority && reason.length === 0) {
      throw fieldError('Say why you set the priority by hand.', 'reason', 'REQUIRED');
    }
    if (reason.length > REASON_MAX) {
      throw fieldError(
        `The reason must be at most ${REASON_MAX} characters.`,
        'reason',
        'TOO_LONG',
        {
          max: REASON_MAX,
        },
      );
    }
    if (!input.priority && (!input.impact || !input.urgency)) {
      throw fieldError(
        'Give impact and urgency, or a priority with a reason.',
        'priority',
        'REQUIRED',
      );
    }
    return reason;
  }

  private async priorityChange(
    em: EntityManager,
    viewer: Viewer,
    ticket: Ticket,
    input: {
      priority?: TicketPriority | null;
      impact?: Impact | null;
      urgency?: Urgency | null;
    },
    reason: string,
  ): Promise<TicketChange> {
    const from = ticket.priority;
    let to: TicketPriority;
    if (input.impact) ticket.impact = input.impact;
    if (input.urgency) ticket.urgency = input.urgency;
    if (input.priority) {
      to = input.priority;
      ticket.priorityReason = reason;
    } else {
      const matrix = await this.matrixFor(em, ticket.tenant.id);
      to = priorityFromMatrix(matrix, input.impact as Impact, input.urgency as Urgency);
      ticket.priorityReason = null;
    }
    ticket.priority = to;
    this.recordEntry(em, ticket, viewer, 'CHANGE', {
      data: { field: 'priority', from, to, ...(input.priority ? { reason } : {}) },
    });
    return { kind: 'PRIORITY', from, to };
  }

  async assign(viewer: Viewer, input: AssignTicketInput): Promise<Ticket> {
    return this.agentChange(viewer, input, (em, ticket) =>
      this.assignmentChange(em, viewer, ticket, input),
    );
  }

  /** `keepUnset`: a group or operator not given (undefined) stays as it is (bulk assign). */
  private async assignmentChange(
    em: EntityManager,
    viewer: Viewer,
    ticket: Ticket,
    given: { groupId?: string | null; operatorId?: string | null },
    keepUnset = false,
  ): Promise<TicketChange> {
    const input = {
      groupId:
        keepUnset && given.groupId === undefined ? (ticket.group?.id ?? null) : given.groupId,
      operatorId:
        keepUnset && given.operatorId === undefined
          ? (ticket.operator?.id ?? null)
          : given.operatorId,
    };
    const before = { group: ticket.group?.name ?? null, operator: ticket.operator?.id ?? null };
    const group = input.groupId
      ? await em.findOne(OperatorGroup, { id: input.groupId, tenant: ticket.tenant })
      : null;
    if (input.groupId && !group) throw AppError.notFound('The operator group');
    let operator: Person | null = null;
    if (input.operatorId) {
      operator = await em.findOne(Person, { id: input.operatorId }, { filters: false });
      if (!operator || !(await this.mayTakeTicketsOf(em, operator, ticket.tenant.id))) {
        throw AppError.notFound('The operator');
      }
    }
    const fromLine = ticket.line;
    ticket.group = group;
    ticket.operator = operator;
    if (group) ticket.line = group.line;
    this.recordEntry(em, ticket, viewer, 'CHANGE', {
      data: {
        field: 'assignment',
        from: [before.group, before.operator].filter(Boolean).join(' / ') || null,
        to:
          [group?.name ?? null, operator ? `${operator.givenName} ${operator.surname}` : null]
            .filter(Boolean)
            .join(' / ') || null,
        ...(ticket.line !== fromLine ? { reason: `line ${fromLine} → line ${ticket.line}` } : {}),
      },
    });
    return { kind: 'ASSIGNMENT' };
  }

  // ----------------------------------------------------------------------------- major incidents and duplicates

  async setMajorIncident(viewer: Viewer, input: SetMajorIncidentInput): Promise<Ticket> {
    return this.agentChange(viewer, input, async (em, ticket) => {
      if (!input.majorIncident && (await em.count(Ticket, { parent: ticket })) > 0) {
        throw AppError.conflict('Unlink the tickets of this major incident first.');
      }
      if (input.majorIncident && ticket.parent) {
        throw AppError.conflict('A ticket linked to a major incident cannot be one itself.');
      }
      ticket.majorIncident = input.majorIncident;
      this.recordEntry(em, ticket, viewer, 'CHANGE', {
        data: {
          field: 'majorIncident',
          from: String(!input.majorIncident),
          to: String(input.majorIncident),
        },
      });
      return Promise.resolve({ kind: 'MAJOR_INCIDENT', majorIncident: input.majorIncident });
    });
  }

  async link(viewer: Viewer, input: LinkTicketInput): Promise<Ticket> {
    return this.agentChange(viewer, input, async (em, ticket) => {
      let parent: Ticket | null = null;
      if (input.parentId) {
        parent = await em.findOne(Ticket, { id: input.parentId, tenant: ticket.tenant });
        if (!parent) throw AppError.notFound('The major incident');
        if (!parent.majorIncident) {
          throw fieldError(
            'That ticket is not a major incident.',
            'parentId',
            'NOT_MAJOR_INCIDENT',
          );
        }
        if (parent.id === ticket.id || ticket.majorIncident) {
          throw fieldError(
            'A major incident cannot be linked to another.',
            'parentId',
            'INVALID_LINK',
          );
        }
      }
      const from = ticket.parent?.id ?? null;
      ticket.parent = parent;
      this.recordEntry(em, ticket, viewer, 'CHANGE', {
        data: { field: 'majorIncidentLink', from, to: parent?.number ?? null },
      });
      return { kind: 'LINKED', parentId: parent?.id ?? null };
    });
  }

  /**
   * Links the asset the ticket is about (an active one of the ticket's tenant), or unlinks it.
   */
  async linkAsset(viewer: Viewer, input: LinkTicketAssetInput): Promise<Ticket> {
    const ref = { id: input.ticketId, version: input.version };
    return this.agentChange(viewer, ref, async (em, ticket) => {
      let asset: Asset | null = null;
      if (input.assetId) {
        asset = await em.findOne(Asset, { id: input.assetId, tenant: ticket.tenant });
        if (!asset) throw AppError.notFound('The asset');
        // Filing accepts active assets only; a link made before retirement may stay.
        if (!asset.active && ticket.asset?.id !== asset.id) {
          throw fieldError(
            'A retired asset cannot be linked to a ticket.',
            'assetId',
            'ASSET_INACTIVE',
          );
        }
      }
      const from = ticket.asset?.tag ?? null;
      ticket.asset = asset;
      this.recordEntry(em, ticket, viewer, 'CHANGE', {
        data: { field: 'asset', from, to: asset?.tag ?? null },
      });
      return { kind: 'ASSET', assetId: asset?.id ?? null };
    });
  }

  /** Resolves the major incident and its open children together, with one reply to each caller. */
  async resolveMajorIncident(viewer: Viewer, input: ResolveMajorIncidentInput): Promise<Ticket> {
    const body = validateDescription(input.reply, { controlCharacters: 'REJECT' });
    if (!body.ok || body.value.length === 0) {
      throw fieldError('Write the reply the callers will get.', 'reply', 'EMPTY');
    }
    const minutes = this.validateMinutes(input.timeSpentMinutes);
    const touched: Ticket[] = [];
    const ticket = await this.agentChange(viewer, input, async (em, parent) => {
      if (!parent.majorIncident) throw AppError.conflict('This ticket is not a major incident.');
      const parentFrom = parent.status;
      const children = await em.find(Ticket, { parent, status: { $nin: ['RESOLVED', 'CLOSED'] } });
      for (const t of [parent, ...children]) {
        const from = t.status;
        if (from === 'RESOLVED' || from === 'CLOSED') continue;
        const check = canTransition(from, 'RESOLVED', 'AGENT');
        if (!check.ok) throw transitionError(check);
        this.recordEntry(em, t, viewer, 'REPLY', {
          body: body.value,
          minutes: t === parent ? minutes : 0,
        });
        this.applyStatus(t, 'RESOLVED');
        t.updatedAt = this.clock.now();
        this.recordEntry(em, t, viewer, 'CHANGE', {
          data: {
            field: 'status',
            from,
            to: 'RESOLVED',
            reason: `major incident ${parent.number}`,
          },
        });
        if (t !== parent) {
          await this.hooks.run(em, t, { kind: 'STATUS', from, to: 'RESOLVED' });
          touched.push(t);
        }
      }
      return { kind: 'STATUS', from: parentFrom, to: 'RESOLVED' };
    });
    for (const t of touched) await this.publish('UPDATED', t);
    return ticket;
  }

  /** Marks this ticket a duplicate of another: it is resolved and points to the one kept. */
  async merge(viewer: Viewer, input: MergeTicketInput): Promise<Ticket> {
    let target: Ticket | null = null;
    const ticket = await this.agentChange(viewer, input, async (em, source) => {
      target = await em.findOne(Ticket, { id: input.intoId, tenant: source.tenant });
      if (!target || !this.maySee(viewer, target))
        throw AppError.notFound('The ticket to merge into');
      if (target.id === source.id) {
        throw fieldError('A ticket cannot be merged into itself.', 'intoId', 'SAME_TICKET');
      }
      if (target.mergedInto || target.status === 'CLOSED') {
        throw fieldError('Merge into a ticket that is still open.', 'intoId', 'TARGET_CLOSED');
      }
      if (source.mergedInto) throw AppError.conflict('This ticket was already merged.');
      const from = source.status;
      if (from !== 'RESOLVED') {
        const check = canTransition(from, 'RESOLVED', 'AGENT');
        if (!check.ok) throw transitionError(check);
        this.applyStatus(source, 'RESOLVED');
        await this.hooks.run(em, source, { kind: 'STATUS', from, to: 'RESOLVED' });
      }
      source.mergedInto = target;
      this.recordEntry(em, source, viewer, 'CHANGE', {
        data: { field: 'mergedInto', from: null, to: target.number },
      });
      this.recordEntry(em, target, viewer, 'CHANGE', {
        data: { field: 'merged', from: source.number, to: target.number },
      });
      target.updatedAt = this.clock.now();
      return { kind: 'MERGED', intoId: target.id };
    });
    if (target) await this.publish('UPDATED', target);
    return ticket;
  }

  // ----------------------------------------------------------------------------- conversation

  async addEntry(viewer: Viewer, input: AddTicketEntryInput): Promise<TicketEntry> {
    const body = validateDescription(input.body, { controlCharacters: 'REJECT' });
    if (!body.ok || body.value.length === 0) {
      const problems = body.ok
        ? textProblems('body', [{ code: 'EMPTY' }])
        : textProblems('body', body.reasons);
      throw AppError.badInput(
        `The message could not be saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
        problems,
      );
    }
    const agent = isAgent(viewer);
    if (input.internal && !agent) throw AppError.forbidden('Only IT agents write internal notes.');
    const minutes = agent ? this.validateMinutes(input.timeSpentMinutes) : 0;
    const { entry, ticket } = await this.em.transactional(async (em) => {
      const ticket = await this.loadVisible(em, viewer, input.ticketId);
      const byCaller =
        !agent && (ticket.caller.id === viewer.personId || ticket.subject.id === viewer.personId);
      if (ticket.status === 'CLOSED') {
        throw AppError.conflict('The ticket is closed; please file a new one.');
      }
      const entry = this.recordEntry(em, ticket, viewer, input.internal ? 'NOTE' : 'REPLY', {
        body: body.value,
        minutes,
      });
      if (byCaller) {
        const next = statusAfterCallerReply(ticket.status);
        if (next !== ticket.status) {
          const from = ticket.status;
          this.applyStatus(ticket, next);
          this.recordEntry(em, ticket, viewer, 'CHANGE', {
            data: { field: 'status', from, to: next },
          });
          await this.hooks.run(em, ticket, { kind: 'STATUS', from, to: next });
        }
      }
      ticket.updatedAt = this.clock.now();
      await this.hooks.run(em, ticket, {
        kind: 'REPLY',
        byCaller,
        internal: input.internal,
        entryId: entry.id,
      });
      this.audit.record(em, {
        tenantId: ticket.tenant.id,
        actorId: viewer.personId,
        action: input.internal ? 'ticket.noted' : 'ticket.replied',
        entityType: 'Ticket',
        entityId: ticket.id,
        data: { entryId: entry.id, timeSpentMinutes: minutes },
      });
      return { entry, ticket };
    });
    await this.publish('UPDATED', ticket);
    return entry;
  }

  /** The caller (or subject) reopens a resolved ticket inside the reopen window. */
  async reopen(viewer: Viewer, ticketId: string): Promise<Ticket> {
    const ticket = await this.em.transactional(async (em) => {
      const ticket = await this.loadVisible(em, viewer, ticketId);
      if (isAgent(viewer)) {
        throw AppError.forbidden('Agents change the status directly instead of reopening.');
      }
      const from = ticket.status;
      const check = canTransition(from, 'IN_PROGRESS', 'CALLER', {
        now: this.clock.now(),
        resolvedAt: ticket.resolvedAt ?? null,
      });
      if (!check.ok) throw transitionError(check);
      this.applyStatus(ticket, 'IN_PROGRESS');
      ticket.updatedAt = this.clock.now();
      this.recordEntry(em, ticket, viewer, 'CHANGE', {
        data: { field: 'status', from, to: 'IN_PROGRESS', reason: 'reopened by caller' },
      });
      await this.hooks.run(em, ticket, { kind: 'STATUS', from, to: 'IN_PROGRESS' });
      this.audit.record(em, {
        tenantId: ticket.tenant.id,
        actorId: viewer.personId,
        action: 'ticket.reopened',
        entityType: 'Ticket',
        entityId: ticket.id,
      });
      return ticket;
    });
    await this.publish('UPDATED', ticket);
    return ticket;
  }

  async rate(viewer: Viewer, input: RateTicketInput): Promise<Ticket> {
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
      throw fieldError('Rate from 1 to 5.', 'rating', 'OUT_OF_RANGE', { min: 1, max: 5 });
    }
    const comment = input.comment?.trim() ?? '';
    if (comment.length > 1000) {
      throw fieldError('The comment must be at most 1000 characters.', 'comment', 'TOO_LONG', {
        max: 1000,
      });
    }
    const ticket = await this.em.transactional(async (em) => {
      const ticket = await this.loadVisible(em, viewer, input.ticketId);
      if (ticket.caller.id !== viewer.personId && ticket.subject.id !== viewer.personId) {
        throw AppError.forbidden('Only the person who reported the ticket rates it.');
      }
      if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED') {
        throw AppError.conflict('A ticket can be rated once it is resolved.');
      }
      ticket.rating = input.rating;
      ticket.ratingComment = comment || null;
      this.audit.record(em, {
        tenantId: ticket.tenant.id,
        actorId: viewer.personId,
        action: 'ticket.rated',
        entityType: 'Ticket',
        entityId: ticket.id,
        data: { rating: input.rating },
      });
      return ticket;
    });
    await this.publish('UPDATED', ticket);
    return ticket;
  }

  // ----------------------------------------------------------------------------- e-mail

  /**
   * A ticket filed by an e-mail from `caller` (channel EMAIL), by the same rules as any
   * filing: numbered, classified by the tenant's matrix, hooks, audit, group commit, and
   * published after the commit. `within` adds what must commit with the ticket (the
   * received mail's row) to the unit; like the unit, it may run twice.
   */
  async fileFromMail(args: {
    caller: Person;
    title: string;
    description: string;
    descriptionHtml: string | null;
    /** The ticket a reply to a closed ticket follows up. */
    followUpOf?: Ticket | null;
    audit: Record<string, unknown>;
    within: (em: EntityManager, ticket: Ticket) => Promise<void>;
  }): Promise<Ticket> {
    const { caller } = args;
    const tenant = caller.tenant;
    let fields: TicketText;
    try {
      fields = this.validateText(args.title, args.description, args.descriptionHtml);
    } catch {
      // HTML the sanitiser cannot keep within the limits: the plain text is still the mail.
      fields = this.validateText(args.title, args.description, null);
    }
    const classified = await this.classify(this.em, tenant.id, {});
    const followUp = args.followUpOf ?? null;
    const ticket = await this.groupCommit.run(tenant.id, async (em) => {
      const created = await this.newTicket(em, tenant, fields, {
        ...classified,
        channel: 'EMAIL',
        caller,
        subject: caller,
      });
      if (followUp) {
        this.recordEntryBy(em, created, caller.id, 'CHANGE', {
          data: { field: 'followUpOf', from: null, to: followUp.number, ticketId: followUp.id },
        });
      }
      await this.hooks.run(em, created, { kind: 'CREATED' });
      await args.within(em, created);
      this.audit.record(em, {
        tenantId: tenant.id,
        actorId: caller.id,
        action: 'ticket.created',
        entityType: 'Ticket',
        entityId: created.id,
        data: {
          number: created.number,
          title: created.title,
          priority: created.priority,
          channel: 'EMAIL',
          ...(followUp ? { followUpOf: followUp.number } : {}),
          ...args.audit,
        },
      });
      return created;
    });
    await this.publish('CREATED', ticket);
    return ticket;
  }

  /**
   * An e-mail added to a ticket of `tenantId` as a reply by `author`. From the ticket's
   * caller or subject it counts as the caller's reply: it hands a ticket waiting for the
   * caller back to IT and reopens a resolved one inside the reopen window (by mail there
   * is no reopen button; answering is how people say "it is not fixed"). Answers null
   * when the ticket can take no reply (closed, or resolved past the window): the caller
   * then files a follow-up instead.
   */
  async replyFromMail(args: {
    ticketId: string;
    tenantId: string;
    author: Person;
    body: string;
    data: Record<string, unknown>;
    audit: Record<string, unknown>;
    within: (em: EntityManager, ticket: Ticket) => Promise<void>;
  }): Promise<{ ticket: Ticket; entry: TicketEntry } | null> {
    const body = validateDescription(args.body, { controlCharacters: 'STRIP' });
    const text = body.ok ? body.value : args.body.slice(0, 20_000);
    const done = await this.em.fork().transactional(async (em) => {
      const ticket = await em.findOne(
        Ticket,
        { id: args.ticketId, tenant: args.tenantId },
        { populate: TICKET_POPULATE, filters: false },
      );
      if (!ticket) return null;
      const byCaller = ticket.caller.id === args.author.id || ticket.subject.id === args.author.id;
      const now = this.clock.now();
      if (ticket.status === 'CLOSED') return null;
      if (ticket.status === 'RESOLVED') {
        const check = canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', {
          now,
          resolvedAt: ticket.resolvedAt ?? null,
        });
        if (!check.ok) return null;
      }
      const entry = this.recordEntryBy(em, ticket, args.author.id, 'REPLY', {
        body: text === '' ? '—' : text,
        data: { channel: 'EMAIL', ...args.data },
      });
      if (byCaller) {
        const from = ticket.status;
        const next = from === 'RESOLVED' ? 'IN_PROGRESS' : statusAfterCallerReply(from);
        if (next !== from) {
          this.applyStatus(ticket, next);
          this.recordEntryBy(em, ticket, args.author.id, 'CHANGE', {
            data: {
              field: 'status',
              from,
              to: next,
              ...(from === 'RESOLVED' ? { reason: 'reopened by e-mail reply' } : {}),
            },
          });
          await this.hooks.run(em, ticket, { kind: 'STATUS', from, to: next });
        }
      }
      ticket.updatedAt = now;
      await this.hooks.run(em, ticket, { kind: 'REPLY', byCaller, entryId: entry.id });
      await args.within(em, ticket);
      this.audit.record(em, {
        tenantId: ticket.tenant.id,
        actorId: args.author.id,
        action: 'ticket.replied',
        entityType: 'Ticket',
        entityId: ticket.id,
        data: { entryId: entry.id, channel: 'EMAIL', ...args.audit },
      });
      return { ticket, entry };
    });
    if (done) await this.publish('UPDATED', done.ticket);
    return done;
  }

  /**
   * An agent names the caller of a ticket filed by mail from an unknown address. The
   * person must belong to the ticket's municipality; `fromPlaceholder` says whether the
   * ticket's caller is still the unknown-sender placeholder (only those can be matched).
   */
  async setMailCaller(
    viewer: Viewer,
    ref: TicketRefInput,
    personId: string,
    isPlaceholder: (ticket: Ticket) => boolean,
    within: (em: EntityManager, ticket: Ticket) => Promise<void>,
  ): Promise<Ticket> {
    return this.agentChange(viewer, ref, async (em, ticket) => {
      if (!isPlaceholder(ticket)) {
        throw AppError.conflict('This ticket already has a known caller.');
      }
      const person = await em.findOne(Person, { id: personId, tenant: ticket.tenant.id });
      if (!person) throw AppError.notFound('The person');
      const from = `${ticket.caller.givenName} ${ticket.caller.surname}`;
      ticket.caller = person;
      ticket.subject = person;
      this.recordEntry(em, ticket, viewer, 'CHANGE', {
        data: { field: 'caller', from, to: `${person.givenName} ${person.surname}` },
      });
      await within(em, ticket);
      return { kind: 'CALLER', callerId: person.id };
    });
  }

  // ----------------------------------------------------------------------------- helpers

  private async loadVisible(em: EntityManager, viewer: Viewer, id: string): Promise<Ticket> {
    const ticket = await em.findOne(Ticket, { id }, { populate: TICKET_POPULATE });
    if (!ticket || !this.maySee(viewer, ticket)) throw AppError.notFound('The ticket');
    return ticket;
  }

  /**
   * Loads, checks agent rights and the version the edit was based on, applies `fn`, runs
   * hooks and audit in one transaction, then publishes. A stale version (or a concurrent
   * commit caught by the optimistic lock) fails with CONFLICT and the current version.
   */
  private async agentChange(
    viewer: Viewer,
    ref: TicketRefInput,
    fn: (em: EntityManager, ticket: Ticket) => Promise<TicketChange>,
  ): Promise<Ticket> {
    let ticket: Ticket;
    try {
      ticket = await this.em.transactional(async (em) => {
        const t = await this.loadVisible(em, viewer, ref.id);
        if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents can change tickets.');
        if (t.version !== ref.version) throw this.conflict(t);
        const change = await fn(em, t);
        t.updatedAt = this.clock.now();
        await this.hooks.run(em, t, change);
        this.audit.record(em, {
          tenantId: t.tenant.id,
          actorId: viewer.personId,
          action: `ticket.${change.kind.toLowerCase()}`,
          entityType: 'Ticket',
          entityId: t.id,
          data: { ...change },
        });
        return t;
      });
    } catch (err) {
      if (err instanceof OptimisticLockError) {
        const current = await this.em.fork().findOne(Ticket, { id: ref.id }, { filters: false });
        throw current ? this.conflict(current) : AppError.notFound('The ticket');
      }
      throw err;
    }
    await this.publish('UPDATED', ticket);
    return ticket;
  }

  private conflict(current: Ticket): AppError {
    return AppError.conflict(
      `Someone else changed ticket ${current.number} while you were editing. Review the latest version and try again.`,
      { currentVersion: current.version },
    );
  }

  private applyStatus(ticket: Ticket, to: TicketStatus): void {
    const now = this.clock.now();
    ticket.status = to;
    if (to === 'RESOLVED') ticket.resolvedAt = now;
    if (to === 'CLOSED') ticket.closedAt = now;
    if (to === 'IN_PROGRESS') ticket.resolvedAt = null;
  }

  private recordEntry(
    em: EntityManager,
    ticket: Ticket,
    viewer: Viewer,
    kind: TicketEntryKind,
    opts: { body?: string; data?: Record<string, unknown>; minutes?: number },
  ): TicketEntry {
    return this.recordEntryBy(em, ticket, viewer.personId, kind, opts);
  }

  private recordEntryBy(
    em: EntityManager,
    ticket: Ticket,
    authorId: string,
    kind: TicketEntryKind,
    opts: { body?: string; data?: Record<string, unknown>; minutes?: number },
  ): TicketEntry {
    const minutes = opts.minutes ?? 0;
    ticket.timeSpentMinutes += minutes;
    return em.create(TicketEntry, {
      id: randomUUID(),
      tenant: ticket.tenant,
      ticket,
      kind,
      author: em.getReference(Person, authorId),
      body: opts.body ?? '',
      data: opts.data ?? {},
      timeSpentMinutes: minutes,
      createdAt: this.clock.now(),
    });
  }

  /** The same rule as operatorsFor: an enabled agent of the municipality or granted access to it. */
  private async mayTakeTicketsOf(
    em: EntityManager,
    person: Person,
    tenantId: string,
  ): Promise<boolean> {
    if (!mayTakeTickets(person)) return false;
    if (person.tenant.id === tenantId) return true;
    const access = await em.count(
      TenantAccess,
      { person: person.id, tenant: tenantId },
      { filters: false },
    );
    return access > 0;
  }

  /** Read on every filing; see TenantSettingsCache for freshness. */
  private async matrixFor(em: EntityManager, tenantId: string): Promise<PriorityMatrix> {
    return this.settings.get(`${tenantId}:priorityMatrix`, async () => {
      const settings = await em.findOne(TenantTicketSettings, { tenant: tenantId });
      if (!settings) return DEFAULT_PRIORITY_MATRIX;
      const checked = validatePriorityMatrix(settings.priorityMatrix);
      return checked.ok ? checked.matrix : DEFAULT_PRIORITY_MATRIX;
    });
  }

  private validateMinutes(value: number | null | undefined): number {
    const minutes = value ?? 0;
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_TIME_SPENT_MINUTES) {
      throw fieldError(
        `Time spent must be whole minutes between 0 and ${MAX_TIME_SPENT_MINUTES}.`,
        'timeSpentMinutes',
        'OUT_OF_RANGE',
        { min: 0, max: MAX_TIME_SPENT_MINUTES },
      );
    }
    return minutes;
  }

  /**
   * Title and description as they are stored. A rich text description (`rawHtml` given)
   * is sanitised, and its plain text, derived from the sanitised HTML, replaces
   * `rawDescription` and meets the same rules.
   */
  private validateText(
    rawTitle: string,
    rawDescription: string | null | undefined,
    rawHtml?: string | null,
  ): TicketText {
    const title = validateTitle(rawTitle, { controlCharacters: 'REJECT' });
    const rich = rawHtml == null ? null : readRichDescription(rawHtml);
    const description = validateDescription(rich ? rich.text : (rawDescription ?? ''), {
      controlCharacters: 'REJECT',
    });
    const problems = [
      ...(title.ok ? [] : textProblems('title', title.reasons)),
      ...(rich?.problem ? [rich.problem] : []),
      ...(description.ok ? [] : textProblems('description', description.reasons)),
    ];
    if (!title.ok || !description.ok || rich?.problem) {
      throw AppError.badInput(
        `The ticket could not be saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
        problems,
      );
    }
    return {
      title: title.value,
      description: description.value,
      descriptionHtml: rich && description.value !== '' ? rich.html : null,
    };
  }

  private async publish(kind: 'CREATED' | 'UPDATED', ticket: Ticket): Promise<void> {
    await this.events.publish('ticketChanged', {
      kind,
      tenantId: ticket.tenant.id,
      ticketId: ticket.id,
    });
  }
}
