import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../people/person.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TestApp } from '../test-support/test-app.js';

/** Reading must never write: a flush after a plain read leaves rows and versions alone. */
describe.each(['sqlite', 'postgresql'] as const)('change tracking on %s', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ database });
  });
  afterAll(() => app.stop());

  it('a loaded ticket with dates is not dirty', async () => {
    const em = app.em();
    const [ticket] = await em.find(
      Ticket,
      {},
      { filters: false, orderBy: { createdAt: 'desc' }, limit: 1 },
    );
    if (!ticket) throw new Error('the demo has tickets');
    const version = ticket.version;
    em.getUnitOfWork().computeChangeSets();
    expect(
      em
        .getUnitOfWork()
        .getChangeSets()
        .map((c) => Object.keys(c.payload)),
    ).toEqual([]);
    await em.flush();
    const again = await app.em().findOneOrFail(Ticket, { id: ticket.id }, { filters: false });
    expect(again.version).toBe(version);
  });

  it('a loaded person with dates is not dirty', async () => {
    const em = app.em();
    await em.find(Person, {}, { filters: false, limit: 5 });
    em.getUnitOfWork().computeChangeSets();
    expect(
      em
        .getUnitOfWork()
        .getChangeSets()
        .map((c) => Object.keys(c.payload)),
    ).toEqual([]);
  });
});
