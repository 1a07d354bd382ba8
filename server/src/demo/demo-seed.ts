import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  addBusinessMinutes,
  formatTicketNumber,
  localDateOf,
  pauseSlaClock,
  respondSlaClock,
  slaClockState,
  slaDueTimes,
  standardItCalendars,
  startSlaClock,
  stopSlaClock,
  type BusinessCalendar,
  type Role,
  type TicketPriority,
  type TicketStatus,
  type SlaClock,
} from '@linje/shared';
import { hashPassword } from '../auth/password-hasher.js';
import { BUR_DEMO_UNITS, KAV_DEMO_UNITS, seedOrgUnits } from '../org/org-demo.js';
import { seedEscalationDemo } from '../critical/escalation-demo-seed.js';
import { seedTicketCatalogue } from '../categories/catalogue-seed.js';
import { DEFAULT_SLA_TARGETS, nextSlaDueAt } from '../sla/sla.service.js';
import { TicketSla } from '../sla/sla.entities.js';
import { seedDemoArticles } from '../knowledge/knowledge-demo-seed.js';
import { IT_EXTENDED_CALENDAR } from '../calendars/tenant-calendar.entity.js';
import type { Person } from '../people/person.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { TicketCounter } from '../tickets/ticket-counter.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import type { Asset } from '../assets/asset.entity.js';
import type { Category } from '../categories/category.entity.js';
import { seedCatalog } from '../catalog/catalog-seed.js';
import { seedDemoAssets } from './asset-demo.js';
import { grantTenantAccess, seedPerson, seedTenant } from './factories.js';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'Linje-demo-2026';

/** All demo people are fictional. */
interface DemoPerson {
  key: string;
  givenName: string;
  surname: string;
  username: string;
  jobTitle: string;
  roles: Role[];
  managerKey?: string;
  workPhone: string;
}

const KAV_PEOPLE: DemoPerson[] = [
  {
    key: 'director',
    givenName: 'Karin',
    surname: 'Lundqvist',
    username: 'LUKN7203',
    jobTitle: 'Municipal director',
    roles: ['MUNICIPAL_DIRECTOR', 'MANAGER'],
    workPhone: '046-73 90 01',
  },
  {
    key: 'finance',
    givenName: 'Per',
    surname: 'Ekholm',
    username: 'EKPR6811',
    jobTitle: 'Head of finance & governance',
    roles: ['IT_SUPERIOR', 'MANAGER'],
    managerKey: 'director',
    workPhone: '046-73 90 02',
  },
  {
    key: 'careDirector',
    givenName: 'Eva',
    surname: 'Nordin',
    username: 'NOEA7515',
    jobTitle: 'Director of care',
    roles: ['MANAGER'],
    managerKey: 'director',
    workPhone: '046-73 90 10',
  },
  {
    key: 'careHomeManager',
    givenName: 'Lars',
    surname: 'Ahlström',
    username: 'AHLS8022',
    jobTitle: 'Care home manager',
    roles: ['MANAGER'],
    managerKey: 'careDirector',
    workPhone: '046-73 90 11',
  },
  {
    key: 'employee',
    givenName: 'Sara',
    surname: 'Johansson',
    username: 'JOSA9804',
    jobTitle: 'Assistant nurse',
    roles: ['EMPLOYEE'],
    managerKey: 'careHomeManager',
    workPhone: '046-73 90 12',
  },
  {
    key: 'employee2',
    givenName: 'Elin',
    surname: 'Persson',
    username: 'PEEN9411',
    jobTitle: 'Assistant nurse',
    roles: ['EMPLOYEE'],
    managerKey: 'careHomeManager',
    workPhone: '046-73 90 13',
  },
  {
    key: 'itLead',
    givenName: 'Maja',
    surname: 'Holmberg',
    username: 'HOMA8107',
    jobTitle: 'IT lead',
    roles: ['IT_LEAD', 'AGENT_SECOND_LINE'],
    managerKey: 'finance',
    workPhone: '046-73 90 20',
  },
  {
    key: 'agent1',
    givenName: 'Omar',
    surname: 'Said',
    username: 'SAOR9112',
    jobTitle: 'IT technician',
    roles: ['AGENT_FIRST_LINE'],
    managerKey: 'itLead',
    workPhone: '046-73 90 21',
  },
  {
    key: 'agent2',
    givenName: 'Jonas',
    surname: 'Viklund',
    username: 'VIJS8530',
    jobTitle: 'IT consultant',
    roles: ['AGENT_SECOND_LINE'],
    managerKey: 'itLead',
    workPhone: '046-73 90 22',
  },
  {
    key: 'admin',
    givenName: 'Nils',
    surname: 'Axelsson',
    username: 'AXNS8514',
    jobTitle: 'Systems administrator',
    roles: ['ADMINISTRATOR', 'EMPLOYEE'],
    managerKey: 'finance',
    workPhone: '046-73 90 03',
  },
];

/**
 * Kävlinge's deciders and observer of an inspection of an employee's mailbox or files (seed
 * 004). Seeded apart from the others so the demo tickets' callers (drawn from those) stay
 * as they were.
 */
const KAV_INSPECTION_PEOPLE: DemoPerson[] = [
  {
    key: 'hrChief',
    givenName: 'Annika',
    surname: 'Wall',
    username: 'WAAA7104',
    jobTitle: 'HR chief',
    roles: ['HR_CHIEF', 'EMPLOYEE'],
    managerKey: 'director',
    workPhone: '046-73 90 04',
  },
  {
    key: 'infosecChief',
    givenName: 'Tobias',
    surname: 'Lindgren',
    username: 'LITS7909',
    jobTitle: 'Information security chief',
    roles: ['INFOSEC_CHIEF', 'EMPLOYEE'],
    managerKey: 'finance',
    workPhone: '046-73 90 05',
  },
  {
    key: 'unionRep',
    givenName: 'Fatima',
    surname: 'Berglund',
    username: 'BEFA8612',
    jobTitle: 'Union representative (Kommunal)',
    roles: ['UNION_REPRESENTATIVE', 'EMPLOYEE'],
    managerKey: 'careDirector',
    workPhone: '046-73 90 14',
  },
];

const BUR_PEOPLE: DemoPerson[] = [
  {
    key: 'director',
    givenName: 'Anders',
    surname: 'Berglund',
    username: 'BEAS6609',
    jobTitle: 'Municipal director',
    roles: ['MUNICIPAL_DIRECTOR', 'MANAGER'],
    workPhone: '040-62 50 01',
  },
  {
    key: 'schoolManager',
    givenName: 'Helena',
    surname: 'Strand',
    username: 'STHA7724',
    jobTitle: 'Principal',
    roles: ['MANAGER'],
    managerKey: 'director',
    workPhone: '040-62 50 30',
  },
  {
    key: 'employee',
    givenName: 'Ali',
    surname: 'Hassan',
    username: 'HAAI9502',
    jobTitle: 'Teacher',
    roles: ['EMPLOYEE'],
    managerKey: 'schoolManager',
    workPhone: '040-62 50 31',
  },
  {
    key: 'agent',
    givenName: 'Lena',
    surname: 'Berg',
    username: 'BELA8819',
    jobTitle: 'IT technician (Burlöv)',
    roles: ['AGENT_FIRST_LINE'],
    managerKey: 'director',
    workPhone: '040-62 50 40',
  },
  {
    key: 'admin',
    givenName: 'Ida',
    surname: 'Lind',
    username: 'LIIA9003',
    jobTitle: 'Systems administrator',
    roles: ['ADMINISTRATOR', 'EMPLOYEE'],
    managerKey: 'director',
    workPhone: '040-62 50 03',
  },
];

/** Demo ticket titles with the default category (see DEFAULT_CATEGORIES) each belongs to. */
const TICKET_TITLES: readonly { title: string; category: string }[] = [
  { title: 'Printer on floor 2 jams', category: 'Printer' },
  { title: 'Cannot open the shared calendar', category: 'Shared calendar' },
  { title: 'New employee needs an account', category: 'New account' },
  { title: 'Laptop battery drains fast', category: 'Laptop' },
  { title: 'Teams call has no sound', category: 'Other' },
  { title: 'Password expires, reset needed', category: 'Password' },
  { title: 'Projector in room B not detected', category: 'Screen and accessories' },
  { title: 'Order a second monitor', category: 'Screen and accessories' },
  { title: 'VPN drops every few minutes', category: 'Network and Wi-Fi' },
  { title: 'Scanner sends to wrong folder', category: 'Printer' },
];

/** Deterministic pseudo-random numbers so the demo looks the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The statuses of demo tickets older than a fortnight, drawn evenly. */
const OLD_TICKET_STATUSES: readonly TicketStatus[] = [
  ...Array<TicketStatus>(16).fill('CLOSED'),
  'RESOLVED',
  'WAITING_FOR_SUPPLIER',
  'WAITING_FOR_SUPPLIER',
  'IN_PROGRESS',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function seedPeople(
  em: EntityManager,
  tenant: Tenant,
  people: DemoPerson[],
  domain: string,
  passwordHash: string,
  now: Date,
  managers: ReadonlyMap<string, Person> = new Map(),
): Map<string, Person> {
  const byKey = new Map<string, Person>(managers);
  for (const p of people) {
    const manager = p.managerKey ? byKey.get(p.managerKey) : null;
    byKey.set(
      p.key,
      seedPerson(em, {
        tenant,
        givenName: p.givenName,
        surname: p.surname,
        username: p.username,
        email: `${p.givenName}.${p.surname}@${domain}`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
        jobTitle: p.jobTitle,
        roles: p.roles,
        manager: manager ?? null,
        workPhone: p.workPhone,
        mobile: p.workPhone,
        passwordHash,
        createdAt: now,
      }),
    );
  }
  return byKey;
}

/**
 * Due times as the SLA service would have set them had the ticket been filed through Linje
 * (default targets on the IT extended-hours calendar), so the demo queue sorts by deadline.
 */
function demoDeadlines(
  calendar: BusinessCalendar,
  createdAt: Date,
  status: TicketStatus,
  priority: TicketPriority,
): {
  ticket: Pick<
    Ticket,
    'responseDueAt' | 'resolutionDueAt' | 'slaDueAt' | 'resolvedAt' | 'closedAt'
  >;
  clock: SlaClock;
} {
  const targets = DEFAULT_SLA_TARGETS[priority];
  const responseDueAt = addBusinessMinutes(calendar, createdAt, targets.response);
  const resolutionDueAt = addBusinessMinutes(calendar, createdAt, targets.resolution);
  const done = status === 'RESOLVED' || status === 'CLOSED';
  const resolvedAt = done ? addBusinessMinutes(calendar, createdAt, targets.response * 2) : null;
  // The ticket's SLA clock as the service keeps it: tickets past NEW were answered when
  // filed, and the status pauses or stops the clock by the service's own rule.
  let clock = startSlaClock(createdAt);
  if (status !== 'NEW') clock = respondSlaClock(clock, calendar, false, createdAt);
  const state = slaClockState(status);
  if (state === 'PAUSED') clock = pauseSlaClock(clock, calendar, false, createdAt);
  if (state === 'STOPPED') clock = stopSlaClock(clock, calendar, false, resolvedAt ?? createdAt);
  const due = slaDueTimes(
    clock,
    { responseMinutes: targets.response, resolutionMinutes: targets.resolution, wallClock: false },
    calendar,
  );
  return {
    ticket: {
      responseDueAt,
      resolutionDueAt,
      slaDueAt: nextSlaDueAt(due),
      resolvedAt,
      closedAt: status === 'CLOSED' ? resolvedAt : null,
    },
    clock,
  };
}

function seedTickets(
  em: EntityManager,
  tenant: Tenant,
  callers: Person[],
  count: number,
  now: Date,
  rand: () => number,
  assets: readonly Asset[] = [],
  categories: ReadonlyMap<string, Category> = new Map(),
): void {
  const counters = new Map<string, number>();
  const calendar = standardItCalendars(tenant.timeZone, tenant.country).extended;
  const created: Date[] = [];
  for (let i = 0; i < count; i++) {
    created.push(new Date(now.getTime() - Math.floor(rand() * 60 * 24 * 3600_000)));
  }
  created.sort((a, b) => a.getTime() - b.getTime());
  for (const [index, at] of created.entries()) {
    // Every fourth ticket names an asset; by position, so the tickets themselves stay as they were.
    const asset = index % 4 === 0 ? (assets[(index / 4) % assets.length] ?? null) : null;
    const [yyyy, mm] = localDateOf(tenant.timeZone, at).split('-');
    const period = `${(yyyy ?? '').slice(2)}${mm}`;
    const seq = (counters.get(period) ?? 0) + 1;
    counters.set(period, seq);
    const caller = pick(rand, callers);
    // As in a real service desk, what is older than a fortnight is mostly closed; what is
    // still open is recent (or waits for a supplier), so the demo queue is not all overdue.
    const old = now.getTime() - at.getTime() > 14 * 24 * 3600_000;
    const status = pick(rand, old ? OLD_TICKET_STATUSES : TICKET_STATUSES);
    const priority = pick(
      rand,
      TICKET_PRIORITIES.filter((p) => p !== 'CRITICAL'),
    );
    const demo = pick(rand, TICKET_TITLES);
    const deadlines = demoDeadlines(calendar, at, status, priority);
    const ticket = em.create(Ticket, {
      ...deadlines.ticket,
      id: randomUUID(),
      tenant,
      number: formatTicketNumber(tenant.code, { year: Number(yyyy), month: Number(mm) }, seq),
      title: demo.title,
      description: 'Filed from the demo data.',
      category: categories.get(demo.category) ?? null,
      status,
      priority,
      channel: 'PORTAL',
      caller,
      subject: caller,
      asset,
      createdAt: at,
      updatedAt: at,
    });
    // The SLA record the service keeps beside each ticket, so the ticket page shows where
    // its targets stand.
    const targets = DEFAULT_SLA_TARGETS[priority];
    em.create(TicketSla, {
      id: randomUUID(),
      tenant,
      ticket,
      responseMinutes: targets.response,
      resolutionMinutes: targets.resolution,
      wallClock: false,
      calendarName: IT_EXTENDED_CALENDAR,
      ...deadlines.clock,
    });
  }
  for (const [period, lastSeq] of counters) {
    em.create(TicketCounter, { tenantId: tenant.id, period, lastSeq });
  }
}

/** Fills an empty database with the demo municipalities, people and tickets. */
export async function seedDemo(em: EntityManager, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rand = mulberry32(2611);
  await em.transactional(async (tem) => {
    const kav = seedTenant(tem, {
      code: 'KAV',
      name: 'Kävlinge kommun',
      timeZone: 'Europe/Stockholm',
      country: 'SE',
      urgentPhone: '97 97',
      supportEmail: 'support@kavlinge.example',
      mailboxAddress: 'it@kavlinge.example',
      createdAt: now,
    });
    const bur = seedTenant(tem, {
      code: 'BUR',
      name: 'Burlövs kommun',
      timeZone: 'Europe/Stockholm',
      country: 'SE',
      urgentPhone: '95 99',
      supportEmail: 'support@burlov.example',
      mailboxAddress: 'it@burlov.example',
      createdAt: now,
    });
    const kavPeople = seedPeople(tem, kav, KAV_PEOPLE, 'kavlinge.example', passwordHash, now);
    seedPeople(tem, kav, KAV_INSPECTION_PEOPLE, 'kavlinge.example', passwordHash, now, kavPeople);
    const burPeople = seedPeople(tem, bur, BUR_PEOPLE, 'burlov.example', passwordHash, now);
    seedOrgUnits(tem, kav, kavPeople, KAV_DEMO_UNITS, now);
    seedOrgUnits(tem, bur, burPeople, BUR_DEMO_UNITS, now);
    // Kävlinge: remote access is ordered by the manager naming the computer.
    kav.featureRules = { remoteAccessOrderedByManager: true };
    // The shared IT team of Kävlinge also serves Burlöv; Burlöv's own technician does not see Kävlinge.
    for (const key of ['itLead', 'agent1', 'agent2']) {
      const agent = kavPeople.get(key);
      if (agent) grantTenantAccess(tem, agent, bur, now);
    }
    const kavCategories = seedTicketCatalogue(tem, kav);
    const burCategories = seedTicketCatalogue(tem, bur);
    const porPeople = seedEscalationDemo(tem, [kav, bur], passwordHash, now);
    const staff = (m: Map<string, Person>) => [...m.values()];
    const kavAssets = seedDemoAssets(tem, kav, now);
    const burAssets = seedDemoAssets(tem, bur, now);
    const por = [...porPeople.values()][0]?.tenant;
    if (por) seedDemoAssets(tem, por, now);
    await seedDemoArticles(
      tem,
      { kav, bur, por },
      { kav: kavPeople.get('agent1'), por: porPeople.get('itLead') },
      now,
    );
    seedTickets(tem, kav, staff(kavPeople), 180, now, rand, kavAssets, kavCategories);
    seedTickets(tem, bur, staff(burPeople), 120, now, rand, burAssets, burCategories);
    // The service catalog needs the operator groups above in the database.
    await tem.flush();
    await seedCatalog(
      tem,
      kav,
      {
        systemOwner: kavPeople.get('itLead') ?? null,
        managerControlsRemoteAccess: true,
        managerApprovesInternationalCalls: true,
      },
      now,
    );
    await seedCatalog(
      tem,
      bur,
      {
        systemOwner: burPeople.get('admin') ?? null,
        managerControlsRemoteAccess: false,
        managerApprovesInternationalCalls: false,
      },
      now,
    );
  });
}
