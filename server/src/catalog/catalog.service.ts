import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  addWorkingDays,
  confidentialAccess,
  correctionProblems,
  mayRecordResult,
  stepEligibility,
  validateSubmission,
  type ApprovalStep,
  type ConfidentialOrderFacts,
  type ConfidentialPolicy,
  type FormProblem,
  type FormValues,
  type Role,
  type StepEligibility,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { hasRole, inTenant, isManager, isManagerAbove } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { CalendarsService } from '../calendars/calendars.service.js';
import { IT_CORE_CALENDAR } from '../calendars/tenant-calendar.entity.js';
import { NotificationsService, type NotifyInput } from '../notifications/notifications.service.js';
import { loadManagerChainIds, loadPersonFacts } from '../people/person-facts.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import type { Ticket } from '../tickets/ticket.entity.js';
import { TicketsService } from '../tickets/tickets.service.js';
import {
  CatalogApproval,
  CatalogDocument,
  CatalogFulfilment,
  CatalogItem,
  CatalogOrder,
  CatalogOrderVersion,
  CatalogResult,
  type ApprovalDecision,
} from './catalog.entities.js';
import { renderOrderPdf } from './order-pdf.js';
import { SigningService, sha256Hex, type SignatureRequest } from './signing.service.js';

const REASON_MAX = 1000;
const RESULT_MAX = 4000;
const VALUES_JSON_MAX = 64_000;
const LIST_MAX = 200;

export interface PlaceOrderCommand {
  itemId: string;
  subjectId?: string | null;
  valuesJson: string;
  signature?: SignatureRequest | null;
}

export interface DecideCommand {
  orderId: string;
  approve: boolean;
  reason?: string | null;
  signature?: SignatureRequest | null;
}

export interface RecordResultCommand {
  orderId: string;
  result: string;
}

export interface ResubmitCommand {
  orderId: string;
  valuesJson: string;
  signature?: SignatureRequest | null;
}

function formError(problems: readonly FormProblem[]): AppError {
  const fields: FieldProblem[] = problems.map((p) => ({
    field: `values.${p.field}`,
    code: p.code,
    message: p.code.toLowerCase().replace(/_/g, ' '),
    ...(p.params ? { params: { ...p.params } } : {}),
  }));
  return AppError.badInput(
    `The form could not be sent: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}.`,
    fields,
  );
}

function parseValues(json: string): Record<string, unknown> {
  const bad = AppError.badInput('The form values must be a JSON object.', [
    { field: 'valuesJson', code: 'INVALID_JSON', message: 'must be a JSON object' },
  ]);
  if (json.length > VALUES_JSON_MAX) throw bad;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw bad;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad;
  return parsed as Record<string, unknown>;
}

/**
 * The service catalog: what staff can order or apply for, the orders themselves, their
 * approvals and the tickets that fulfil them.
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly tickets: TicketsService,
    private readonly calendars: CalendarsService,
    private readonly signing: SigningService,
  ) {}

  // ------------------------------------------------------------------------------ items

  /** What the viewer may order in their own municipality, in catalog order. */
  async items(viewer: Viewer): Promise<CatalogItem[]> {
    const items = await this.em.find(
      CatalogItem,
      { tenant: viewer.homeTenantId, active: true },
      { orderBy: { position: 'asc', id: 'asc' }, populate: ['fulfilmentGroup'] },
    );
    return items.filter((i) => this.mayOrder(viewer, i));
  }

  async item(viewer: Viewer, id: string): Promise<CatalogItem> {
    const item = await this.em.findOne(CatalogItem, {
      id,
      tenant: viewer.homeTenantId,
      active: true,
    });
    if (!item) throw AppError.notFound('The catalog item');
    return item;
  }

  private mayOrder(viewer: Viewer, item: CatalogItem): boolean {
    if (item.orderableBy === 'MANAGERS_AND_HR') {
      return isManager(viewer) || hasRole(viewer, 'HR_CHIEF');
    }
    return item.orderableBy === 'EVERYONE' || isManager(viewer);
  }

  /**
   * Whom the viewer may name as the subject of an item: an HR chief anyone of their
   * municipality for a sensitive decision, otherwise the people below the viewer.
   */
  async subjects(viewer: Viewer, itemId: string): Promise<Person[]> {
    const item = await this.item(viewer, itemId);
    if (!this.mayOrder(viewer, item)) return [];
    if (item.orderableBy === 'MANAGERS_AND_HR' && hasRole(viewer, 'HR_CHIEF')) {
      return this.em.find(
        Person,
        { tenant: viewer.homeTenantId, accountEnabled: true, id: { $ne: viewer.personId } },
        { orderBy: { surname: 'asc', givenName: 'asc' }, limit: LIST_MAX * 5 },
      );
    }
    return this.tickets.peopleToFileFor(viewer);
  }

  // ----------------------------------------------------------------------------- orders

  /**
   * Places an order for the viewer, or (a manager) for someone below them in the manager
   * chain. With no approval steps it goes straight to fulfilment.
   */
  async place(viewer: Viewer, command: PlaceOrderCommand): Promise<CatalogOrder> {
    const item = await this.item(viewer, command.itemId);
    if (!this.mayOrder(viewer, item)) {
      throw AppError.forbidden('Only managers can order this.');
    }
    const raw = parseValues(command.valuesJson);
    const orderer = await this.em.findOne(Person, {
      id: viewer.personId,
      tenant: viewer.homeTenantId,
    });
    if (!orderer) throw AppError.notFound('The person');
    if (item.confidentiality && (!command.subjectId || command.subjectId === viewer.personId)) {
      throw AppError.badInput('Name the person whose mailbox or files are to be inspected.', [
        { field: 'subjectId', code: 'SUBJECT_REQUIRED', message: 'names someone else' },
      ]);
    }
    const subject =
      command.subjectId && command.subjectId !== viewer.personId
        ? await this.subjectFor(viewer, command.subjectId, item)
        : orderer;
    const checked = validateSubmission(item.form, raw);
    if (!checked.ok) throw formError(checked.problems);
    const values = checked.values;
    const proof = await this.signing.authenticate(
      viewer,
      item.signatureRequired,
      command.signature,
    );
    const tickets: Ticket[] = [];
    const order = await this.em.transactional(async (em) => {
      const now = this.clock.now();
      const order = em.create(CatalogOrder, {
        id: randomUUID(),
        tenant: item.tenant,
        item,
        orderer,
        subject,
        status: 'PENDING',
        values,
        formVersion: 1,
        stepIndex: 0,
        createdAt: now,
        updatedAt: now,
      });
      this.addVersion(em, order, orderer, now);
      this.audit.record(em, {
        tenantId: item.tenant.id,
        actorId: viewer.personId,
        action: 'catalog.order.placed',
        entityType: 'CatalogOrder',
        entityId: order.id,
        data: { item: item.key, subjectId: subject.id, formVersion: 1 },
      });
      this.signing.signWithin(em, order, 'SUBMIT', proof);
      if (item.approvalSteps.length === 0) {
        tickets.push(...(await this.approve(em, viewer, order, now)));
      } else {
        await this.notifyApprovers(em, order);
      }
      await this.notifyObservers(em, order, 'SENSITIVE_DECISION_FILED');
      return order;
    });
    for (const t of tickets) await this.tickets.announceCreated(t);
    return order;
  }

  /**
   * A manager orders for one of their own people; anyone else is refused with a clear answer.
   * An HR chief files a sensitive decision about anyone of their municipality.
   */
  private async subjectFor(viewer: Viewer, subjectId: string, item: CatalogItem): Promise<Person> {
    const subject = await this.em.findOne(Person, { id: subjectId, tenant: viewer.homeTenantId });
    if (!subject) throw AppError.notFound('The person the order is for');
    if (item.orderableBy === 'MANAGERS_AND_HR' && hasRole(viewer, 'HR_CHIEF')) return subject;
    if (!isManagerAbove(viewer, await loadPersonFacts(this.em, subject))) {
      throw new AppError(
        'FORBIDDEN',
        'You can order only for yourself or for the people below you in the organisation.',
        {
          fields: [
            {
              field: 'subjectId',
              code: 'NOT_IN_MANAGER_CHAIN',
              message: 'is not below you in the manager chain',
            },
          ],
        },
      );
    }
    return subject;
  }

  async order(viewer: Viewer, id: string): Promise<CatalogOrder> {
    const order = await this.em.findOne(
      CatalogOrder,
      { id },
      { populate: ['item.fulfilmentGroup', 'subject', 'orderer'] },
    );
    if (!order || !inTenant(viewer, order.tenant.id) || !(await this.mayView(viewer, order))) {
      throw AppError.notFound('The order');
    }
    return order;
  }

  /**
   * Orders the viewer placed or that are for them, newest first. A sensitive decision about
   * the viewer is not theirs to see.
   */
  async mine(viewer: Viewer): Promise<CatalogOrder[]> {
    const orders = await this.em.find(
      CatalogOrder,
      {
        tenant: viewer.homeTenantId,
        $or: [{ orderer: viewer.personId }, { subject: viewer.personId }],
      },
      {
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: LIST_MAX,
        populate: ['item.fulfilmentGroup', 'subject', 'orderer'],
      },
    );
    return orders.filter((o) => !o.item.confidentiality || o.orderer.id === viewer.personId);
  }

  /**
   * Sensitive decisions the viewer may read (as filer, decider, observer or auditor of their
   * municipality, or executor of one they serve), newest first.
   */
  async confidential(viewer: Viewer): Promise<CatalogOrder[]> {
    const items = await this.em.find(CatalogItem, { tenant: { $in: viewer.tenantIds } });
    const ids = items.filter((i) => i.confidentiality).map((i) => i.id);
    if (ids.length === 0) return [];
    const orders = await this.em.find(
      CatalogOrder,
      { tenant: { $in: viewer.tenantIds }, item: { $in: ids } },
      {
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: 1000,
        populate: ['item.fulfilmentGroup', 'subject', 'orderer'],
      },
    );
    const visible: CatalogOrder[] = [];
    for (const order of orders) {
      if (await this.mayView(viewer, order)) visible.push(order);
      if (visible.length >= LIST_MAX) break;
    }
    return visible;
  }

  /** Pending orders whose current step the viewer may decide, oldest first. */
  async inbox(viewer: Viewer): Promise<CatalogOrder[]> {
    const pending = await this.em.find(
      CatalogOrder,
      { tenant: viewer.homeTenantId, status: 'PENDING' },
      {
        orderBy: { createdAt: 'asc', id: 'asc' },
        limit: 1000,
        populate: ['item.fulfilmentGroup', 'subject', 'orderer'],
      },
    );
    const mine: CatalogOrder[] = [];
    for (const order of pending) {
      if ((await this.eligibility(viewer, order)) === 'ELIGIBLE') mine.push(order);
      if (mine.length >= LIST_MAX) break;
    }
    return mine;
  }

  async mayDecide(viewer: Viewer, order: CatalogOrder): Promise<boolean> {
    return order.status === 'PENDING' && (await this.eligibility(viewer, order)) === 'ELIGIBLE';
  }

  private async mayView(viewer: Viewer, order: CatalogOrder): Promise<boolean> {
    const policy = order.item.confidentiality;
    if (policy) {
      const access = confidentialAccess(
        this.approverFacts(viewer),
        await this.confidentialFacts(order, policy),
      );
      return access !== 'NONE' && access !== 'SUBJECT';
    }
    if (order.orderer.id === viewer.personId || order.subject.id === viewer.personId) return true;
    const chain = await loadManagerChainIds(this.em, order.subject);
    if (chain.includes(viewer.personId)) return true;
    const facts = this.orderFacts(order, chain);
    const approver = {
      personId: viewer.personId,
      roles: viewer.roles,
      tenantId: viewer.homeTenantId,
    };
    if (order.item.approvalSteps.some((s) => stepEligibility(s, approver, facts) === 'ELIGIBLE')) {
      return true;
    }
    // Whoever decided a step keeps seeing what they decided.
    return (await this.em.count(CatalogApproval, { order, approver: viewer.personId })) > 0;
  }

  private approverFacts(viewer: Viewer) {
    return {
      personId: viewer.personId,
      roles: viewer.roles,
      tenantId: viewer.homeTenantId,
      servedTenantIds: viewer.tenantIds,
    };
  }

  private async confidentialFacts(
    order: CatalogOrder,
    policy: ConfidentialPolicy,
  ): Promise<ConfidentialOrderFacts> {
    const chain = await loadManagerChainIds(this.em, order.subject);
    const decisions = await this.em.find(CatalogApproval, { order }, { fields: ['approver'] });
    return {
      ...this.orderFacts(order, chain),
      status: order.status,
      steps: order.item.approvalSteps,
      policy,
      deciderIds: decisions.map((d) => d.approver.id),
    };
  }

  /** The executing role may record the result of an approved sensitive decision. */
  async mayRecordResult(viewer: Viewer, order: CatalogOrder): Promise<boolean> {
    const policy = order.item.confidentiality;
    if (!policy) return false;
    return mayRecordResult(this.approverFacts(viewer), await this.confidentialFacts(order, policy));
  }

  private orderFacts(order: CatalogOrder, chain: readonly string[]) {
    return {
      tenantId: order.tenant.id,
      ordererId: order.orderer.id,
      subjectId: order.subject.id,
      subjectManagerChainIds: chain,
    };
  }

  private currentStep(order: CatalogOrder): ApprovalStep | null {
    return order.item.approvalSteps[order.stepIndex] ?? null;
  }

  private async eligibility(viewer: Viewer, order: CatalogOrder): Promise<StepEligibility> {
    const step = this.currentStep(order);
    if (!step) return 'NOT_APPROVER';
    const chain = await loadManagerChainIds(this.em, order.subject);
    return stepEligibility(
      step,
      { personId: viewer.personId, roles: viewer.roles, tenantId: viewer.homeTenantId },
      this.orderFacts(order, chain),
    );
  }

  async versions(order: CatalogOrder): Promise<CatalogOrderVersion[]> {
    return this.em.find(
      CatalogOrderVersion,
      { order },
      { orderBy: { formVersion: 'asc' }, populate: ['submittedBy'] },
    );
  }

  async approvals(order: CatalogOrder): Promise<CatalogApproval[]> {
    return this.em.find(
      CatalogApproval,
      { order },
      { orderBy: { formVersion: 'asc', stepIndex: 'asc' }, populate: ['approver'] },
    );
  }

  async fulfilments(order: CatalogOrder): Promise<CatalogFulfilment[]> {
    return this.em.find(
      CatalogFulfilment,
      { order },
      { orderBy: { createdAt: 'asc' }, populate: ['ticket'] },
    );
  }

  // -------------------------------------------------------------------------- approvals

  /**
   * Approves or rejects the step waiting for a decision. The applicant (orderer or subject)
   * never decides. A repeated click by the same approver with the same decision answers the
   * order as it stands and adds nothing.
   */
  async decide(viewer: Viewer, command: DecideCommand): Promise<CatalogOrder> {
    const order = await this.order(viewer, command.orderId);
    const decision: ApprovalDecision = command.approve ? 'APPROVED' : 'REJECTED';
    const reason = command.reason?.trim() || null;
    if (!command.approve && !reason) {
      throw AppError.badInput('Say why the order is rejected.', [
        { field: 'reason', code: 'REQUIRED', message: 'is required when rejecting' },
      ]);
    }
    if (reason && reason.length > REASON_MAX) {
      throw AppError.badInput(`The reason must be at most ${REASON_MAX} characters.`, [
        { field: 'reason', code: 'TOO_LONG', message: 'is too long', params: { max: REASON_MAX } },
      ]);
    }
    if (await this.isRepeat(viewer, order, decision)) return order;
    if (order.status !== 'PENDING') {
      throw AppError.conflict(`The order is already ${order.status.toLowerCase()}.`, {
        status: order.status,
      });
    }
    const eligibility = await this.eligibility(viewer, order);
    if (eligibility === 'OWN_ORDER') {
      throw AppError.forbidden('You cannot approve or reject your own order.');
    }
    if (eligibility !== 'ELIGIBLE') {
      throw AppError.forbidden('This step of the order is for someone else to decide.');
    }
    const proof = await this.signing.authenticate(
      viewer,
      order.item.signatureRequired,
      command.signature,
    );
    const tickets: Ticket[] = [];
    try {
      await this.em.transactional(async (em) => {
        const now = this.clock.now();
        const approver = em.getReference(Person, viewer.personId);
        em.create(CatalogApproval, {
          id: randomUUID(),
          tenant: order.tenant,
          order,
          formVersion: order.formVersion,
          stepIndex: order.stepIndex,
          decision,
          approver,
          reason,
          decidedAt: now,
        });
        this.audit.record(em, {
          tenantId: order.tenant.id,
          actorId: viewer.personId,
          action: command.approve ? 'catalog.order.step_approved' : 'catalog.order.rejected',
          entityType: 'CatalogOrder',
          entityId: order.id,
          data: { step: order.stepIndex, formVersion: order.formVersion, reason },
        });
        this.signing.signWithin(em, order, command.approve ? 'APPROVE' : 'REJECT', proof, reason);
        order.updatedAt = now;
        if (!command.approve) {
          order.status = 'REJECTED';
          order.rejectionReason = reason;
          order.decidedAt = now;
          await this.notifyApplicant(em, order, 'CATALOG_ORDER_REJECTED', reason);
          await this.notifyObservers(em, order, 'SENSITIVE_DECISION_DECIDED');
          return;
        }
        order.stepIndex += 1;
        if (order.stepIndex >= order.item.approvalSteps.length) {
          tickets.push(...(await this.approve(em, viewer, order, now)));
        } else {
          await this.notifyApprovers(em, order);
        }
      });
    } catch (err) {
      // Two clicks racing each other: the unique step index decides; the loser sees the result.
      if (err instanceof UniqueConstraintViolationException) {
        this.em.clear();
        const now = await this.order(viewer, command.orderId);
        if (await this.isRepeat(viewer, now, decision)) return now;
        throw AppError.conflict('Someone else has just decided this step.', { status: now.status });
      }
      throw err;
    }
    for (const t of tickets) await this.tickets.announceCreated(t);
    return order;
  }

  /** The viewer already made this decision on the step just decided (a double click). */
  private async isRepeat(
    viewer: Viewer,
    order: CatalogOrder,
    decision: ApprovalDecision,
  ): Promise<boolean> {
    const last = await this.em.findOne(
      CatalogApproval,
      { order, formVersion: order.formVersion, approver: viewer.personId },
      { orderBy: { stepIndex: 'desc' } },
    );
    if (!last || last.decision !== decision) return false;
    // Approving the step that is now waiting would be a new decision, not a repeat.
    return decision === 'REJECTED' ? order.status === 'REJECTED' : last.stepIndex < order.stepIndex;
  }

  /** Every step approved: the order is approved and its fulfilment ticket filed. */
  private async approve(
    em: EntityManager,
    viewer: Viewer,
    order: CatalogOrder,
    now: Date,
  ): Promise<Ticket[]> {
    order.status = 'APPROVED';
    order.decidedAt = now;
    order.stepIndex = order.item.approvalSteps.length;
    this.audit.record(em, {
      tenantId: order.tenant.id,
      actorId: viewer.personId,
      action: 'catalog.order.approved',
      entityType: 'CatalogOrder',
      entityId: order.id,
      data: { formVersion: order.formVersion },
    });
    await this.notifyApplicant(em, order, 'CATALOG_ORDER_APPROVED', null);
    await this.notifyObservers(em, order, 'SENSITIVE_DECISION_DECIDED');
    const item = order.item;
    // The ticket number, the calendar and the PDF need the municipality itself.
    const tenant = await em.findOneOrFail(Tenant, { id: order.tenant.id }, { filters: false });
    await this.archive(em, order, tenant, now);
    if (!item.fulfilmentGroup) return [];
    const days = item.fulfilmentWorkingDays;
    const dueAt =
      days === null || days === undefined
        ? null
        : addWorkingDays(await this.calendars.byName(em, tenant, IT_CORE_CALENDAR), now, days);
    const lines = Object.entries(order.values).map(([key, value]) => {
      const label = item.form.fields.find((f) => f.key === key)?.label.en ?? key;
      return `${label}: ${String(value)}`;
    });
    const ticket = await this.tickets.fileWithin(em, viewer.personId, tenant, {
      caller: order.orderer,
      subject: order.subject,
      group: item.fulfilmentGroup,
      title: `${item.name.en} – ${order.subject.givenName} ${order.subject.surname}`,
      description: [
        `Approved order ${order.id} (${item.key}).`,
        dueAt ? `Deliver by ${dueAt.toISOString()} (${days} working days).` : '',
        ...lines,
      ]
        .filter(Boolean)
        .join('\n'),
    });
    em.create(CatalogFulfilment, {
      id: randomUUID(),
      tenant,
      order,
      ticket,
      dueAt,
      createdAt: now,
    });
    return [ticket];
  }

  /**
   * The approved order, with its decisions and signatures, as an archived PDF. Only signed
   * orders are archived: the PDF is their lasting record.
   */
  private async archive(
    em: EntityManager,
    order: CatalogOrder,
    tenant: Tenant,
    now: Date,
  ): Promise<CatalogDocument | null> {
    const signatures = await this.signing.signatures(em, order);
    if (signatures.length === 0) return null;
    const approvals = await em.find(
      CatalogApproval,
      { order },
      { orderBy: { formVersion: 'asc', stepIndex: 'asc' }, populate: ['approver'] },
    );
    const name = (p: Person) => `${p.givenName} ${p.surname}`;
    const bytes = await renderOrderPdf({
      language: tenant.country === 'NO' ? 'nb' : tenant.country === 'SE' ? 'sv' : 'en',
      tenantName: tenant.name,
      orderId: order.id,
      item: order.item,
      ordererName: name(order.orderer),
      subjectName: name(order.subject),
      formVersion: order.formVersion,
      values: order.values,
      approvedAt: now,
      timeZone: tenant.timeZone,
      approvals: approvals.map((a) => ({
        decision: a.decision,
        approverName: name(a.approver),
        decidedAt: a.decidedAt,
        reason: a.reason ?? null,
        formVersion: a.formVersion,
      })),
      signatures: signatures.map((sig) => ({
        formVersion: sig.formVersion,
        purpose: sig.purpose,
        signerName: name(sig.signer),
        signedAt: sig.signedAt,
        provider: sig.provider,
        hash: sig.hash,
      })),
    });
    const document = em.create(CatalogDocument, {
      id: randomUUID(),
      tenant,
      order,
      formVersion: order.formVersion,
      fileName: `${order.item.key}-${order.id.slice(0, 8)}.pdf`,
      bytes,
      size: bytes.length,
      sha256: sha256Hex(bytes),
      createdAt: now,
    });
    this.audit.record(em, {
      tenantId: tenant.id,
      actorId: null,
      action: 'catalog.order.archived',
      entityType: 'CatalogOrder',
      entityId: order.id,
      data: { documentId: document.id, sha256: document.sha256, size: document.size },
    });
    return document;
  }

  /** The archived PDF of an order the viewer may see; null while there is none. */
  async document(viewer: Viewer, orderId: string): Promise<CatalogDocument | null> {
    const order = await this.order(viewer, orderId);
    return this.em.findOne(
      CatalogDocument,
      { order },
      { orderBy: { formVersion: 'desc' }, populate: ['bytes'] },
    );
  }

  /** Recomputes the hash of the archived bytes. */
  verifyDocument(document: CatalogDocument): boolean {
    return sha256Hex(document.bytes) === document.sha256;
  }

  // ----------------------------------------------------------------------------- results

  /**
   * The executing person documents the result of an approved sensitive decision; that closes
   * it. The same text sent again (a double click) answers the order as it stands.
   */
  async recordResult(viewer: Viewer, command: RecordResultCommand): Promise<CatalogOrder> {
    const order = await this.order(viewer, command.orderId);
    const result = command.result.trim();
    if (!result) {
      throw AppError.badInput('Describe the result of the inspection.', [
        { field: 'result', code: 'REQUIRED', message: 'is required' },
      ]);
    }
    if (result.length > RESULT_MAX) {
      throw AppError.badInput(`The result must be at most ${RESULT_MAX} characters.`, [
        { field: 'result', code: 'TOO_LONG', message: 'is too long', params: { max: RESULT_MAX } },
      ]);
    }
    const earlier = await this.result(order);
    if (earlier && earlier.recordedBy.id === viewer.personId && earlier.text === result) {
      return order;
    }
    if (!(await this.mayRecordResult(viewer, order))) {
      if (order.item.confidentiality && order.status !== 'APPROVED') {
        throw AppError.conflict('Only an approved inspection waits for its result.', {
          status: order.status,
        });
      }
      throw AppError.forbidden('Only the IT lead carrying it out records the result.');
    }
    try {
      await this.em.transactional(async (em) => {
        const now = this.clock.now();
        em.create(CatalogResult, {
          id: randomUUID(),
          tenant: order.tenant,
          order,
          text: result,
          recordedBy: em.getReference(Person, viewer.personId),
          recordedAt: now,
        });
        order.status = 'COMPLETED';
        order.updatedAt = now;
        this.audit.record(em, {
          tenantId: order.tenant.id,
          actorId: viewer.personId,
          action: 'catalog.order.result_recorded',
          entityType: 'CatalogOrder',
          entityId: order.id,
          data: { item: order.item.key, length: result.length },
        });
      });
    } catch (err) {
      // Two clicks racing each other: the unique order decides; the loser sees the result.
      if (err instanceof UniqueConstraintViolationException) {
        this.em.clear();
        const now = await this.order(viewer, command.orderId);
        const first = await this.result(now);
        if (first && first.recordedBy.id === viewer.personId && first.text === result) return now;
        throw AppError.conflict('The result has just been recorded.', { status: now.status });
      }
      throw err;
    }
    return order;
  }

  /** The documented result of a sensitive decision; null while there is none. */
  async result(order: CatalogOrder): Promise<CatalogResult | null> {
    return this.em.findOne(CatalogResult, { order }, { populate: ['recordedBy'] });
  }

  // ------------------------------------------------------------------------ corrections

  /**
   * A rejected order corrected by its orderer: only the fields the form marks correctable may
   * change. It becomes a new version and starts its approvals again.
   */
  async resubmit(viewer: Viewer, command: ResubmitCommand): Promise<CatalogOrder> {
    const order = await this.order(viewer, command.orderId);
    if (order.orderer.id !== viewer.personId) {
      throw AppError.forbidden('Only the person who placed the order can correct it.');
    }
    if (order.status !== 'REJECTED') {
      throw AppError.conflict('Only a rejected order can be corrected and sent again.', {
        status: order.status,
      });
    }
    if (order.item.confidentiality) {
      throw AppError.conflict('A rejected inspection is final; file a new one if needed.', {
        status: order.status,
      });
    }
    const checked = validateSubmission(order.item.form, parseValues(command.valuesJson));
    if (!checked.ok) throw formError(checked.problems);
    const locked = correctionProblems(order.item.form, order.values, checked.values);
    if (locked.length > 0) throw formError(locked);
    const proof = await this.signing.authenticate(
      viewer,
      order.item.signatureRequired,
      command.signature,
    );
    const tickets: Ticket[] = [];
    await this.em.transactional(async (em) => {
      const now = this.clock.now();
      order.values = checked.values;
      order.formVersion += 1;
      order.stepIndex = 0;
      order.status = 'PENDING';
      order.rejectionReason = null;
      order.decidedAt = null;
      order.updatedAt = now;
      this.addVersion(em, order, em.getReference(Person, viewer.personId), now);
      this.audit.record(em, {
        tenantId: order.tenant.id,
        actorId: viewer.personId,
        action: 'catalog.order.resubmitted',
        entityType: 'CatalogOrder',
        entityId: order.id,
        data: { formVersion: order.formVersion },
      });
      this.signing.signWithin(em, order, 'SUBMIT', proof);
      if (order.item.approvalSteps.length === 0) {
        tickets.push(...(await this.approve(em, viewer, order, now)));
      } else {
        await this.notifyApprovers(em, order);
      }
    });
    for (const t of tickets) await this.tickets.announceCreated(t);
    return order;
  }

  private addVersion(em: EntityManager, order: CatalogOrder, by: Person, now: Date): void {
    em.create(CatalogOrderVersion, {
      id: randomUUID(),
      tenant: order.tenant,
      order,
      formVersion: order.formVersion,
      values: order.values as FormValues,
      submittedBy: by,
      submittedAt: now,
    });
  }

  // ---------------------------------------------------------------------- notifications

  private async notifyApplicant(
    em: EntityManager,
    order: CatalogOrder,
    kind: 'CATALOG_ORDER_APPROVED' | 'CATALOG_ORDER_REJECTED',
    reason: string | null,
  ): Promise<void> {
    // The person a sensitive decision concerns is not told of it (seed 004 tells the union).
    const ids = new Set(
      order.item.confidentiality ? [order.orderer.id] : [order.orderer.id, order.subject.id],
    );
    const name = order.item.name.en;
    const text =
      kind === 'CATALOG_ORDER_APPROVED'
        ? `Your order "${name}" was approved.`
        : `Your order "${name}" was rejected: ${reason ?? ''}`;
    await this.notifications.notifyAll(
      em,
      [...ids].map((recipientId): NotifyInput => ({
        tenantId: order.tenant.id,
        recipientId,
        kind,
        params: { orderId: order.id, item: order.item.key, reason, ...itemNames(order) },
        text,
      })),
    );
  }

  /** Tells whoever may decide the waiting step: the nearest eligible manager, the owner, the role. */
  private async notifyApprovers(em: EntityManager, order: CatalogOrder): Promise<void> {
    const step = this.currentStep(order);
    if (!step) return;
    let recipients: string[] = [];
    const own = new Set([order.orderer.id, order.subject.id]);
    if (step.kind === 'SUBJECT_MANAGER') {
      const chain = await loadManagerChainIds(em, order.subject);
      const nearest = chain.find((id) => !own.has(id));
      recipients = nearest ? [nearest] : [];
    } else if (step.kind === 'RESOURCE_OWNER' && step.personId) {
      recipients = own.has(step.personId) ? [] : [step.personId];
    } else if (step.kind === 'ROLE' && step.role) {
      const people = await em.find(
        Person,
        { tenant: order.tenant.id, accountEnabled: true },
        { filters: false, fields: ['id', 'roles'], limit: 2000 },
      );
      recipients = people
        .filter((p) => (p.roles as string[]).includes(step.role ?? '') && !own.has(p.id))
        .map((p) => p.id);
    }
    if (recipients.length === 0) return;
    await this.notifications.notifyAll(
      em,
      recipients.map((recipientId) => ({
        tenantId: order.tenant.id,
        recipientId,
        kind: 'CATALOG_APPROVAL_REQUESTED',
        params: { orderId: order.id, item: order.item.key, ...itemNames(order) },
        // Notices also go out by e-mail: a sensitive one does not name the employee there.
        text: order.item.confidentiality
          ? `A sensitive decision "${order.item.name.en}" waits for your decision.`
          : `An order "${order.item.name.en}" for ${order.subject.givenName} ${order.subject.surname} waits for your decision.`,
      })),
    );
  }

  /**
   * A sensitive decision's observers (the union representatives) are told when it is filed
   * and when it is decided; once it is approved, the executing role is told too. Nothing
   * for ordinary orders, and never the person it concerns.
   */
  private async notifyObservers(
    em: EntityManager,
    order: CatalogOrder,
    kind: 'SENSITIVE_DECISION_FILED' | 'SENSITIVE_DECISION_DECIDED',
  ): Promise<void> {
    const policy = order.item.confidentiality;
    if (!policy) return;
    const roles = [...policy.observerRoles];
    if (order.status === 'APPROVED') roles.push(policy.executorRole);
    const people = await em.find(
      Person,
      { tenant: order.tenant.id, accountEnabled: true },
      { filters: false, fields: ['id', 'roles'], limit: 2000 },
    );
    const recipients = new Set(
      people.filter((p) => p.roles.some((r) => roles.includes(r))).map((p) => p.id),
    );
    if (order.status === 'APPROVED') {
      // A shared IT team's lead serving this municipality carries it out too.
      const grants = await em.find(
        TenantAccess,
        { tenant: order.tenant.id },
        { filters: false, populate: ['person'] },
      );
      for (const { person } of grants) {
        if (person.accountEnabled && person.roles.includes(policy.executorRole as Role)) {
          recipients.add(person.id);
        }
      }
    }
    recipients.delete(order.subject.id);
    const what =
      kind === 'SENSITIVE_DECISION_FILED' ? 'was filed' : `was ${order.status.toLowerCase()}`;
    await this.notifications.notifyAll(
      em,
      [...recipients].map((recipientId) => ({
        tenantId: order.tenant.id,
        recipientId,
        kind,
        params: {
          orderId: order.id,
          item: order.item.key,
          status: order.status,
          ...itemNames(order),
        },
        // Once per order and event, whatever retries the transaction goes through.
        onceKey: `catalog:${order.id}:${kind}`,
        text: `A sensitive decision "${order.item.name.en}" ${what}.`,
      })),
    );
  }
}

/** The ordered item's name in every language, for a notice the reader sees in theirs. */
function itemNames(order: CatalogOrder): Record<string, string> {
  const { sv, nb, en } = order.item.name;
  return { itemName_sv: sv, itemName_nb: nb, itemName_en: en };
}
