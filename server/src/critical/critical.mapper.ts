import type { TenantAvailability } from '../availability/availability.service.js';
import {
  ItAvailabilityTierEnum,
  type ItAvailabilityModel,
} from '../availability/availability.model.js';
import { toPersonSummary } from '../tickets/ticket.mapper.js';
import type { CriticalCase, EscalationStep } from './critical-case.entity.js';
import type {
  CriticalCaseDetailModel,
  CriticalCaseModel,
  EscalationStepModel,
} from './critical.models.js';
import type { CriticalCaseView } from './critical.service.js';

const TIERS: Record<TenantAvailability['tier'], ItAvailabilityTierEnum> = {
  core: ItAvailabilityTierEnum.CORE,
  extended: ItAvailabilityTierEnum.EXTENDED,
  closed: ItAvailabilityTierEnum.CLOSED,
  absent: ItAvailabilityTierEnum.ABSENT,
  'on-call': ItAvailabilityTierEnum.ON_CALL,
};

export function toAvailabilityModel(a: TenantAvailability, timeZone: string): ItAvailabilityModel {
  return {
    tier: TIERS[a.tier],
    until: a.until,
    absenceKind: a.absenceKind ?? null,
    absenceNote: a.absenceNote ?? null,
    onCallPhone: a.onCall?.phone ?? null,
    timeZone,
  };
}

/** Expects ticket, reporter, currentContact, decidedBy and takenBy to be loaded. */
export function toCriticalCaseModel(c: CriticalCase): CriticalCaseModel {
  return {
    id: c.id,
    ticketId: c.ticket.id,
    number: c.ticket.number,
    title: c.ticket.title,
    definitionCode: c.definitionCode,
    route: c.route,
    status: c.status,
    reporter: toPersonSummary(c.reporter),
    currentContact: c.currentContact ? toPersonSummary(c.currentContact) : null,
    currentLevel: c.currentLevel,
    currentAcknowledged: c.currentAcknowledged,
    decidedBy: c.decidedBy ? toPersonSummary(c.decidedBy) : null,
    decisionReason: c.decisionReason,
    overtimeLimitMinutes: c.overtimeLimitMinutes,
    takenBy: c.takenBy ? toPersonSummary(c.takenBy) : null,
    createdAt: c.createdAt,
  };
}

export function toStepModel(s: EscalationStep): EscalationStepModel {
  return {
    id: s.id,
    seq: s.seq,
    at: s.at,
    kind: s.kind,
    level: s.level,
    contact: s.contact ? toPersonSummary(s.contact) : null,
    actor: s.actor ? toPersonSummary(s.actor) : null,
    channel: s.channel,
    outcome: s.outcome,
    note: s.note,
  };
}

export function toDetailModel(v: CriticalCaseView): CriticalCaseDetailModel {
  return {
    criticalCase: toCriticalCaseModel(v.criticalCase),
    steps: v.steps.map(toStepModel),
    chain: v.chain.map((m) => ({
      person: toPersonSummary(m.person),
      level: m.level,
      absent: m.absent,
      deputy: m.deputy ? toPersonSummary(m.deputy) : null,
      mayAuthorise: m.mayAuthorise,
      contacted: m.contacted,
      current: m.current,
    })),
    next: {
      kind: v.next.kind,
      person: v.next.person ? toPersonSummary(v.next.person) : null,
      viaDeputyOf: v.next.viaDeputyOf ? toPersonSummary(v.next.viaDeputyOf) : null,
    },
    itStaff: v.itStaff.map(toPersonSummary),
    onCallPhone: v.onCallPhone,
    viewerMay: v.viewerMay,
  };
}
