import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  assertValidCalendar,
  standardItCalendars,
  type BusinessCalendar,
  type Role,
} from '@linje/shared';
import {
  IT_CORE_CALENDAR,
  IT_EXTENDED_CALENDAR,
  TenantCalendar,
} from '../calendars/tenant-calendar.entity.js';
import { seedPerson, seedTenant } from '../demo/factories.js';
import { OnCallPeriod } from '../oncall/on-call-period.entity.js';
import type { Person } from '../people/person.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';

/** All fictional. Porsanger's whole line from an employee up to the municipal director. */
interface PorPerson {
  key: string;
  givenName: string;
  surname: string;
  username: string;
  jobTitle: string;
  roles: Role[];
  managerKey?: string;
  workPhone: string;
}

export const POR_PEOPLE: readonly PorPerson[] = [
  {
    key: 'director',
    givenName: 'Ingrid',
    surname: 'Nilsen',
    username: 'NIIN6805',
    jobTitle: 'Kommunedirektør',
    roles: ['MUNICIPAL_DIRECTOR', 'MANAGER'],
    workPhone: '480 10 001',
  },
  {
    key: 'finance',
    givenName: 'Tor',
    surname: 'Eriksen',
    username: 'ERTR7011',
    jobTitle: 'Leder for økonomi og styring',
    roles: ['IT_SUPERIOR', 'MANAGER'],
    managerKey: 'director',
    workPhone: '480 10 002',
  },
  {
    key: 'healthHead',
    givenName: 'Silje',
    surname: 'Andersen',
    username: 'ANSE7608',
    jobTitle: 'Kommunalsjef helse og omsorg',
    roles: ['MANAGER'],
    managerKey: 'director',
    workPhone: '480 10 010',
  },
  {
    key: 'careManager',
    givenName: 'Kari',
    surname: 'Johansen',
    username: 'JOKA8203',
    jobTitle: 'Enhetsleder sykehjem',
    roles: ['MANAGER'],
    managerKey: 'healthHead',
    workPhone: '480 10 011',
  },
  {
    key: 'employee',
    givenName: 'Nils',
    surname: 'Hansen',
    username: 'HANI9107',
    jobTitle: 'Sykepleier',
    roles: ['EMPLOYEE'],
    managerKey: 'careManager',
    workPhone: '480 10 012',
  },
  {
    key: 'contactCentre',
    givenName: 'Aud',
    surname: 'Pettersen',
    username: 'PEAU8410',
    jobTitle: 'Leder servicetorget',
    roles: ['MANAGER'],
    managerKey: 'finance',
    workPhone: '480 10 030',
  },
  {
    key: 'itLead',
    givenName: 'Eirik',
    surname: 'Solberg',
    username: 'SOEI8009',
    jobTitle: 'IT-ansvarlig/fagleder',
    roles: ['IT_LEAD', 'AGENT_SECOND_LINE'],
    managerKey: 'finance',
    workPhone: '481 20 901',
  },
  {
    key: 'itConsultant',
    givenName: 'Maren',
    surname: 'Isaksen',
    username: 'ISMA9204',
    jobTitle: 'IT-konsulent',
    roles: ['AGENT_FIRST_LINE'],
    managerKey: 'itLead',
    workPhone: '465 20 902',
  },
  {
    key: 'itAdviser',
    givenName: 'Håkon',
    surname: 'Mikkelsen',
    username: 'MIHA8812',
    jobTitle: 'IT-rådgiver',
    roles: ['AGENT_SECOND_LINE'],
    managerKey: 'itLead',
    workPhone: '452 20 903',
  },
];

/** Porsanger's contact centre: a lunch gap on weekdays, shorter weekend hours. */
export function contactCentreCalendar(): BusinessCalendar {
  const weekday = () => [
    { start: '06:30', end: '11:30' },
    { start: '12:30', end: '16:00' },
  ];
  const weekend = () => [{ start: '06:30', end: '14:00' }];
  return assertValidCalendar({
    timeZone: 'Europe/Oslo',
    weekly: {
      1: weekday(),
      2: weekday(),
      3: weekday(),
      4: weekday(),
      5: weekday(),
      6: weekend(),
      7: weekend(),
    },
    holidays: { country: 'NO' },
    closedDates: [],
    openDates: [],
    specialDates: [],
  });
}

function seedItCalendars(em: EntityManager, tenant: Tenant, now: Date): void {
  const it = standardItCalendars(tenant.timeZone, tenant.country);
  for (const [name, calendar] of [
    [IT_CORE_CALENDAR, it.core],
    [IT_EXTENDED_CALENDAR, it.extended],
  ] as const) {
    em.create(TenantCalendar, { id: randomUUID(), tenant, name, calendar, updatedAt: now });
  }
}

/**
 * The Norwegian demo municipality Porsanger (no standing on-call; one announced on-call
 * weekend ahead) and the business calendars of every demo municipality.
 */
export function seedEscalationDemo(
  em: EntityManager,
  swedish: readonly Tenant[],
  passwordHash: string,
  now: Date,
): Map<string, Person> {
  for (const tenant of swedish) seedItCalendars(em, tenant, now);
  const por = seedTenant(em, {
    code: 'POR',
    name: 'Porsanger kommune',
    timeZone: 'Europe/Oslo',
    country: 'NO',
    supportPhone: '40 60 77 00',
    supportEmail: 'support@porsanger.example',
    mailboxAddress: 'it@porsanger.example',
    createdAt: now,
  });
  seedItCalendars(em, por, now);
  em.create(TenantCalendar, {
    id: randomUUID(),
    tenant: por,
    name: 'CONTACT_CENTRE',
    calendar: contactCentreCalendar(),
    updatedAt: now,
  });
  const people = new Map<string, Person>();
  for (const p of POR_PEOPLE) {
    people.set(
      p.key,
      seedPerson(em, {
        tenant: por,
        givenName: p.givenName,
        surname: p.surname,
        username: p.username,
        email: `${p.givenName}.${p.surname}@porsanger.example`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
        jobTitle: p.jobTitle,
        roles: p.roles,
        manager: p.managerKey ? (people.get(p.managerKey) ?? null) : null,
        workPhone: p.workPhone,
        mobile: p.workPhone,
        passwordHash,
        createdAt: now,
      }),
    );
  }
  const itLead = people.get('itLead');
  const adviser = people.get('itAdviser');
  if (itLead && adviser) {
    const day = 24 * 3600_000;
    em.create(OnCallPeriod, {
      id: randomUUID(),
      tenant: por,
      startsAt: new Date(now.getTime() + 11 * day),
      endsAt: new Date(now.getTime() + 13 * day),
      personIds: [adviser.id, itLead.id],
      phone: '452 20 903',
      note: 'Beredskap under oppgradering av fagsystemet for helse og omsorg.',
      createdBy: itLead,
      createdAt: now,
    });
  }
  return people;
}
