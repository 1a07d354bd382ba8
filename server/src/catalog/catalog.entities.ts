import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type {
  ApprovalStep,
  ConfidentialPolicy,
  FormDefinition,
  FormValues,
  LocalisedText,
} from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';
import { OperatorGroup } from '../tickets/operator-group.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** MANAGERS_AND_HR: managers for the people below them, HR chiefs for anyone of the municipality. */
export const ORDERABLE_BY = ['EVERYONE', 'MANAGERS', 'MANAGERS_AND_HR'] as const;
export type OrderableBy = (typeof ORDERABLE_BY)[number];

/** COMPLETED: a sensitive decision carried out, its result recorded. */
export const ORDER_STATUSES = ['PENDING', 'REJECTED', 'APPROVED', 'COMPLETED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const APPROVAL_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/**
 * Something a municipality's staff can order or apply for (a system permission, a
 * computer, a leave application): its form, who may order it, the approvals it needs and
 * the ticket that fulfils it once approved.
 */
@Entity({ tableName: 'catalog_item' })
@Unique({ name: 'catalog_item_tenant_key_unique', properties: ['tenant', 'key'] })
export class CatalogItem extends TenantOwned {
  [OptionalProps]?: 'active' | 'position' | 'signatureRequired' | 'confidentiality';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Stable per tenant, e.g. `leave-application`. */
  @Property({ type: 'string', length: 60 })
  key!: string;

  @Property({ type: 'json' })
  name!: LocalisedText;

  @Property({ type: 'json' })
  description!: LocalisedText;

  @Property({ type: 'json' })
  form!: FormDefinition;

  @Property({ type: 'string', length: 16 })
  orderableBy!: OrderableBy;

  /** Decided in order; empty: the order goes straight to fulfilment. */
  @Property({ type: 'json' })
  approvalSteps!: ApprovalStep[];

  /** The operator group whose ticket fulfils an approved order; null: nothing to fulfil. */
  @ManyToOne(() => OperatorGroup, { nullable: true, index: false })
  fulfilmentGroup?: OperatorGroup | null;

  /** "Within N working days" on the municipality's IT core calendar. */
  @Property({ type: 'integer', nullable: true })
  fulfilmentWorkingDays?: number | null;

  /** The person submitting (and each approver) signs what they submit or decide. */
  @Property({ type: 'boolean' })
  signatureRequired: boolean = false;

  /**
   * A sensitive decision (seed 004: an inspection of an employee's mailbox or files): read
   * only by those involved, told to the observer roles, carried out by the executing role.
   * A rejection ends it. Null for ordinary items.
   */
  @Property({ type: 'json', nullable: true })
  confidentiality?: ConfidentialPolicy | null = null;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

/** An order or application: placed by the orderer for the subject (themself or one of their people). */
@Entity({ tableName: 'catalog_order' })
@Index({ name: 'catalog_order_orderer_idx', properties: ['orderer', 'createdAt'] })
@Index({ name: 'catalog_order_subject_idx', properties: ['subject', 'createdAt'] })
@Index({ name: 'catalog_order_status_idx', properties: ['tenant', 'status', 'createdAt'] })
export class CatalogOrder extends TenantOwned {
  [OptionalProps]?: 'stepIndex' | 'formVersion' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogItem, { index: false })
  item!: CatalogItem;

  @ManyToOne(() => Person, { index: false })
  orderer!: Person;

  @ManyToOne(() => Person, { index: false })
  subject!: Person;

  @Property({ type: 'string', length: 16 })
  status!: OrderStatus;

  /** The values of the current version of the form. */
  @Property({ type: 'json' })
  values!: FormValues;

  /** 1 when placed, one more per correction after a rejection. */
  @Property({ type: 'integer' })
  formVersion: number = 1;

  /** The approval step waiting for a decision (= number of steps once approved). */
  @Property({ type: 'integer' })
  stepIndex: number = 0;

  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason?: string | null;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** Every version of an order's form as submitted; the first is the original. */
@Entity({ tableName: 'catalog_order_version' })
@Unique({ name: 'catalog_order_version_unique', properties: ['order', 'formVersion'] })
export class CatalogOrderVersion extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogOrder, { index: false })
  order!: CatalogOrder;

  @Property({ type: 'integer' })
  formVersion!: number;

  @Property({ type: 'json' })
  values!: FormValues;

  @ManyToOne(() => Person, { index: false })
  submittedBy!: Person;

  @Property({ type: 'Date' })
  submittedAt!: Date;
}

/**
 * One decision on one step of one version of an order. The unique index makes a second
 * click (or a second approver racing the first) unable to add a second decision.
 */
@Entity({ tableName: 'catalog_approval' })
@Unique({
  name: 'catalog_approval_step_unique',
  properties: ['order', 'formVersion', 'stepIndex'],
})
export class CatalogApproval extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogOrder, { index: false })
  order!: CatalogOrder;

  @Property({ type: 'integer' })
  formVersion!: number;

  @Property({ type: 'integer' })
  stepIndex!: number;

  @Property({ type: 'string', length: 16 })
  decision!: ApprovalDecision;

  @ManyToOne(() => Person, { index: false })
  approver!: Person;

  @Property({ type: 'string', length: 1000, nullable: true })
  reason?: string | null;

  @Property({ type: 'Date' })
  decidedAt!: Date;
}

/**
 * The documented result of an approved sensitive decision (seed 004: "the decision documents
 * the reason and the result of the inspection"), recorded by the person who carried it out.
 * One per order: a second click cannot add a second result.
 */
@Entity({ tableName: 'catalog_result' })
@Unique({ name: 'catalog_result_order_unique', properties: ['order'] })
export class CatalogResult extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogOrder, { index: false })
  order!: CatalogOrder;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => Person, { index: false })
  recordedBy!: Person;

  @Property({ type: 'Date' })
  recordedAt!: Date;
}

/** The ticket that delivers an approved order, with its target. */
@Entity({ tableName: 'catalog_fulfilment' })
@Unique({ name: 'catalog_fulfilment_order_ticket_unique', properties: ['order', 'ticket'] })
export class CatalogFulfilment extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogOrder, { index: false })
  order!: CatalogOrder;

  @ManyToOne(() => Ticket, { index: false })
  ticket!: Ticket;

  /** Close of business of the last working day of the delivery target; null without one. */
  @Property({ type: 'Date', nullable: true })
  dueAt?: Date | null;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

export const SIGNATURE_PURPOSES = ['SUBMIT', 'APPROVE', 'REJECT'] as const;
export type SignaturePurpose = (typeof SIGNATURE_PURPOSES)[number];

/**
 * A signature over exactly what was signed: the canonical JSON of the order as the signer
 * saw it, and its SHA-256. Verifying recomputes the hash from the stored payload.
 */
@Entity({ tableName: 'catalog_signature' })
@Index({ name: 'catalog_signature_order_idx', properties: ['order', 'signedAt'] })
export class CatalogSignature extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogOrder, { index: false })
  order!: CatalogOrder;

  @Property({ type: 'integer' })
  formVersion!: number;

  @Property({ type: 'string', length: 16 })
  purpose!: SignaturePurpose;

  @ManyToOne(() => Person, { index: false })
  signer!: Person;

  /** Which SignatureProvider vouched for the signer, e.g. PASSWORD or EID. */
  @Property({ type: 'string', length: 32 })
  provider!: string;

  /** What the provider reports about the identification (e.g. the e-ID order reference). */
  @Property({ type: 'string', length: 500, nullable: true })
  providerReference?: string | null;

  /** Canonical JSON of what was signed. */
  @Property({ type: 'text' })
  payload!: string;

  /** SHA-256 of the payload, lower-case hex. */
  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Property({ type: 'Date' })
  signedAt!: Date;
}

/**
 * The signed order as a PDF, archived when it is approved. The bytes live in the database
 * (one row per approved order) so every server process can serve them; `sha256` is of the
 * bytes, recomputed on verification.
 */
@Entity({ tableName: 'catalog_document' })
@Unique({ name: 'catalog_document_order_version_unique', properties: ['order', 'formVersion'] })
export class CatalogDocument extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CatalogOrder, { index: false })
  order!: CatalogOrder;

  @Property({ type: 'integer' })
  formVersion!: number;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'Date' })
  createdAt!: Date;
}
