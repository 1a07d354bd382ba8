import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { CriticalDefinitionCode } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** How the caller was told to reach IT when the critical ticket was filed. */
export const CRITICAL_ROUTES = ['IT_STAFF', 'ON_CALL', 'MANAGER_CHAIN'] as const;
export type CriticalRoute = (typeof CRITICAL_ROUTES)[number];

export const CRITICAL_CASE_STATUSES = [
  /** Looking for IT (calling staff, or walking the manager chain). */
  'ESCALATING',
  /** Overtime authorised or on-call paged: waiting for someone in IT to take it. */
  'PAGING',
  'DECLINED',
  'TAKEN',
] as const;
export type CriticalCaseStatus = (typeof CRITICAL_CASE_STATUSES)[number];

/** The escalation state of a critical ticket; its history is in EscalationStep. */
@Entity({ tableName: 'critical_case' })
@Unique({ properties: ['ticket'] })
@Index({ properties: ['tenant', 'status'] })
export class CriticalCase extends TenantOwned {
  [OptionalProps]?:
    | 'version'
    | 'currentContact'
    | 'currentLevel'
    | 'currentAcknowledged'
    | 'decidedBy'
    | 'decidedAt'
    | 'decisionReason'
    | 'overtimeLimitMinutes'
    | 'takenBy'
    | 'takenAt'
    | 'onCallPeriodId';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @ManyToOne(() => Person)
  reporter!: Person;

  @Property({ type: 'string', length: 40 })
  definitionCode!: CriticalDefinitionCode;

  @Property({ type: 'string', length: 16 })
  route!: CriticalRoute;

  @Property({ type: 'string', length: 16 })
  status!: CriticalCaseStatus;

  /** The chain member asked to act now (MANAGER_CHAIN route). */
  @ManyToOne(() => Person, { nullable: true })
  currentContact: Person | null = null;

  /** 1 = the caller's manager, 2 = the next one up, … */
  @Property({ type: 'integer' })
  currentLevel: number = 0;

  @Property({ type: 'boolean' })
  currentAcknowledged: boolean = false;

  /** Who authorised or declined overtime. */
  @ManyToOne(() => Person, { nullable: true })
  decidedBy: Person | null = null;

  @Property({ type: 'Date', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  decisionReason: string | null = null;

  @Property({ type: 'integer', nullable: true })
  overtimeLimitMinutes: number | null = null;

  @ManyToOne(() => Person, { nullable: true })
  takenBy: Person | null = null;

  @Property({ type: 'Date', nullable: true })
  takenAt: Date | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  onCallPeriodId: string | null = null;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}

export const ESCALATION_STEP_KINDS = [
  'REPORTED',
  'CALL_ATTEMPT',
  'CONTACTED',
  'AUTO_ESCALATED',
  'ACKNOWLEDGED',
  'CHAIN_EXHAUSTED',
  'AUTHORISED',
  'DECLINED',
  'PAGED',
  'REPAGED',
  'TAKEN',
] as const;
export type EscalationStepKind = (typeof ESCALATION_STEP_KINDS)[number];

export const ESCALATION_CHANNELS = ['PHONE', 'IN_APP', 'PAGE'] as const;
export type EscalationChannel = (typeof ESCALATION_CHANNELS)[number];

/** One step of a critical ticket's escalation record: who, by whom, level, channel, time, outcome. */
@Entity({ tableName: 'escalation_step' })
@Index({ properties: ['criticalCase', 'at'] })
export class EscalationStep extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => CriticalCase)
  criticalCase!: CriticalCase;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'Date' })
  at!: Date;

  @Property({ type: 'string', length: 20 })
  kind!: EscalationStepKind;

  @Property({ type: 'integer', nullable: true })
  level: number | null = null;

  /** Who was contacted (or acknowledged, authorised, took the ticket). */
  @ManyToOne(() => Person, { nullable: true })
  contact: Person | null = null;

  /** Who did it; null when Linje acted on its own (auto-escalation, re-paging). */
  @ManyToOne(() => Person, { nullable: true })
  actor: Person | null = null;

  @Property({ type: 'string', length: 8, nullable: true })
  channel: EscalationChannel | null = null;

  /** e.g. ANSWERED / NO_ANSWER for call attempts. */
  @Property({ type: 'string', length: 16, nullable: true })
  outcome: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;
}
