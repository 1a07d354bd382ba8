import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../people/person.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { Ticket } from './ticket.entity.js';

// Demo people: Omar (Kävlinge agent who also serves Burlöv), Lena (Burlöv agent without
// Kävlinge rights), Sara (Kävlinge employee).
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const SARA = 'JOSA9804';

const OPERATORS = 'query($id: ID!) { ticketOperators(ticketId: $id) { id displayName } }';
const ASSIGN = `mutation($input: AssignTicketInput!) {
  assignTicket(input: $input) { id version operator { id } }
}`;

interface Operator {
  id: string;
  displayName: string;
}

describe.each(['sqlite', 'postgresql'] as const)(
  'who a ticket may be assigned to, on %s',
  (database) => {
    let app: TestApp;
    let omar: string;
    let lena: string;
    let sara: string;
    let kavTicket: Ticket;
    let burTicket: Ticket;

    beforeAll(async () => {
      app = await TestApp.start({ database });
      [omar, lena, sara] = await Promise.all([
        app.signIn(OMAR),
        app.signIn(LENA),
        app.signIn(SARA),
      ]);
      const em = app.em();
      kavTicket = await em.findOneOrFail(
        Ticket,
        { tenant: { code: 'KAV' }, status: 'NEW' },
        { filters: false },
      );
      burTicket = await em.findOneOrFail(
        Ticket,
        { tenant: { code: 'BUR' }, status: 'NEW' },
        { filters: false },
      );
    }, 120_000);
    afterAll(() => app?.stop());

    const operators = async (id: string, cookie: string) => {
      const res = await app.gql<{ ticketOperators: Operator[] }>(OPERATORS, { id }, cookie);
      expect(res.errors).toBeUndefined();
      return res.data!.ticketOperators.map((o) => o.displayName);
    };

    it("lists the municipality's agents and those granted access to it, by surname", async () => {
      // Burlöv: its own technician and the Kävlinge team that serves it.
      expect(await operators(burTicket.id, omar)).toEqual([
        'Lena Berg',
        'Maja Holmberg',
        'Omar Said',
        'Jonas Viklund',
      ]);
      // Kävlinge: not Lena, who has no rights there; never an employee.
      expect(await operators(kavTicket.id, omar)).toEqual([
        'Maja Holmberg',
        'Omar Said',
        'Jonas Viklund',
      ]);
    });

    it('lists only people the ticket can be assigned to, and leaves out disabled accounts', async () => {
      const em = app.em();
      const jonas = await em.findOneOrFail(Person, { username: 'VIJS8530' }, { filters: false });
      jonas.accountEnabled = false;
      await em.flush();
      try {
        expect(await operators(burTicket.id, omar)).not.toContain('Jonas Viklund');
        // Nor can a ticket be assigned to the disabled account: the list and the rule agree.
        const refused = await app.gql(
          ASSIGN,
          { input: { id: burTicket.id, version: burTicket.version, operatorId: jonas.id } },
          lena,
        );
        expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      } finally {
        jonas.accountEnabled = true;
        await em.flush();
      }
      const listed = await app.gql<{ ticketOperators: Operator[] }>(
        OPERATORS,
        { id: burTicket.id },
        lena,
      );
      let version = burTicket.version;
      for (const operator of listed.data!.ticketOperators) {
        const res = await app.gql<{ assignTicket: { version: number; operator: { id: string } } }>(
          ASSIGN,
          { input: { id: burTicket.id, version, operatorId: operator.id } },
          lena,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.assignTicket.operator.id).toBe(operator.id);
        version = res.data!.assignTicket.version;
      }
    });

    it('keeps staff out and other municipalities hidden', async () => {
      const forbidden = await app.gql(OPERATORS, { id: kavTicket.id }, sara);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const hidden = await app.gql(OPERATORS, { id: kavTicket.id }, lena);
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unknown = await app.gql(
        OPERATORS,
        { id: '00000000-0000-4000-8000-000000000000' },
        omar,
      );
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const anonymous = await app.gql(OPERATORS, { id: kavTicket.id });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  },
);
