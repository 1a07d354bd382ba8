#!/usr/bin/env node
// Builds a realistic benchmark database: the demo municipalities plus a third, 5,000
// people, BENCH_TICKETS tickets (default 1,000,000) over two years with replies and
// internal notes, skewed categories and a small open backlog with SLA deadlines.
// Usage: node server/bench/generate-dataset.mjs [path]   (needs the built server)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = (p) => path.join(root, 'server', 'dist', p);
const { loadConfig } = await import(dist('config/config.js'));
const { prepareDatabase } = await import(dist('bootstrap.js'));
const { withOrm } = await import(dist('database/migrate.js'));
const { SystemClock } = await import(dist('common/clock.js'));
const { seedPerson, seedTenant, grantTenantAccess } = await import(dist('demo/factories.js'));
const { seedTicketCatalogue } = await import(dist('categories/catalogue-seed.js'));
const { Tenant } = await import(dist('tenants/tenant.entity.js'));
const { Person } = await import(dist('people/person.entity.js'));
const { formatTicketNumber, localDateOf } = await import('@linje/shared');

export const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
export function datasetPath(tickets = TICKETS) {
  return path.resolve(
    process.env.BENCH_DB ?? path.join(root, 'data', 'bench', `tickets-${tickets}.sqlite`),
  );
}

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 5000);
const YEARS = 2;
const DAY = 24 * 3600_000;

// Deterministic pseudo-random numbers, so every run builds the same dataset.
let seed = 2611;
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
/** Zipf-like: index 0 is most common. */
const skewed = (xs) => xs[Math.min(xs.length - 1, Math.floor(xs.length * rand() ** 2.2))];

const OBJECTS = [
  'skrivaren',
  'printer',
  'laptop',
  'datorn',
  'skärmen',
  'headset',
  'Teams',
  'Outlook',
  'VPN',
  'wifi',
  'telefonen',
  'mobilen',
  'journalsystemet',
  'Procapita',
  'Visma',
  'kalendern',
  'lösenordet',
  'kontot',
  'dockningsstationen',
  'projektorn',
];
const PROBLEMS = [
  'fungerar inte',
  'is slow',
  'startar inte',
  'keeps crashing',
  'saknar behörighet',
  'cannot connect',
  'visar fel',
  'needs replacing',
  'låser sig',
  'prints blank pages',
  'tappar anslutningen',
  'asks for password again',
];
const PLACES = [
  'plan 2',
  'floor 3',
  'reception',
  'Vikhögsgården',
  'skolan',
  'biblioteket',
  'kommunhuset',
  'hemtjänsten',
  'Lomma hamn',
  'Arlöv',
];
const REPLIES = [
  'Vi har startat om tjänsten, prova igen.',
  'Could you send a screenshot of the error?',
  'Tonern är bytt.',
  'The account has been unlocked.',
  'Leverantören är kontaktad.',
  'Please restart the computer and try again.',
  'Behörigheten är tillagd i AD.',
  'A new headset is on its way.',
  'Nätverkskabeln var trasig och är utbytt.',
  'Driver updated to the latest version.',
];
const NOTES = [
  'Kontrollerat i loggarna, inga fel.',
  'Escalated to the supplier, case 4411.',
  'Samma fel som förra veckan.',
  'Waiting for parts.',
];
const PRIORITY = () => {
  const r = rand();
  return r < 0.02 ? 'CRITICAL' : r < 0.2 ? 'HIGH' : r < 0.6 ? 'MEDIUM' : 'LOW';
};

async function main() {
  const file = datasetPath();
  if (fs.existsSync(file)) {
    process.stdout.write(`dataset exists: ${file}\n`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`]) fs.rmSync(f, { force: true });
  const config = loadConfig({ SQLITE_PATH: building, DEMO_SEED: 'auto', LOG_LEVEL: 'silent' });
  const clock = new SystemClock();
  const now = clock.now();
  const started = Date.now();
  await prepareDatabase(config, clock);

  await withOrm(config.database, async (orm) => {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { tenantIds: [] });
    const demoAgents = await em.find(Person, {}, { filters: false, populate: ['tenant'] });
    // A third municipality served by the same IT team.
    const lom = seedTenant(em, {
      code: 'LOM',
      name: 'Lomma kommun',
      timeZone: 'Europe/Stockholm',
      country: 'SE',
      urgentPhone: '040-641 10 00',
      createdAt: now,
    });
    seedTicketCatalogue(em, lom);
    for (const a of demoAgents.filter(
      (p) => p.roles.includes('AGENT_FIRST_LINE') || p.roles.includes('AGENT_SECOND_LINE'),
    )) {
      if (a.tenant.code === 'KAV') grantTenantAccess(em, a, lom, now);
    }
    await em.flush();
    const tenants = await em.find(Tenant, {}, { filters: false, orderBy: { code: 'asc' } });
    const shares = { KAV: 0.45, BUR: 0.3, LOM: 0.25 };
    for (const t of tenants) {
      const n = Math.round(PEOPLE * (shares[t.code] ?? 0.1));
      for (let i = 0; i < n; i++) {
        seedPerson(em, {
          tenant: t,
          givenName: pick([
            'Anna',
            'Erik',
            'Maria',
            'Johan',
            'Fatima',
            'Mohammed',
            'Karin',
            'Lars',
            'Eva',
            'Ali',
          ]),
          surname: pick([
            'Andersson',
            'Nilsson',
            'Hansson',
            'Persson',
            'Hassan',
            'Berg',
            'Lind',
            'Ek',
          ]),
          roles: i < 15 ? ['AGENT_FIRST_LINE'] : ['EMPLOYEE'],
          createdAt: now,
        });
      }
      await em.flush();
      em.clear();
    }
    const conn = em.getConnection();
    const rows = (sql, params = []) => conn.execute(sql, params);
    const tenantInfo = [];
    for (const t of tenants) {
      const people = await rows('select id, roles from person where tenant_id = ?', [t.id]);
      const agents = people.filter((p) => String(p.roles).includes('AGENT')).map((p) => p.id);
      const categories = (
        await rows('select id from category where tenant_id = ? order by parent_id is null, name', [
          t.id,
        ])
      ).map((r) => r.id);
      const groups = await rows(
        'select id, line from operator_group where tenant_id = ? order by line, name',
        [t.id],
      );
      tenantInfo.push({
        ...t,
        id: t.id,
        code: t.code,
        timeZone: t.timeZone,
        people: people.map((p) => p.id),
        agents,
        categories,
        groups,
        share: shares[t.code] ?? 0.1,
      });
    }
    await rows('delete from ticket_entry');
    await rows('delete from attachment');
    // Demo tickets stay; numbering continues after them.
    const counters = new Map();
    for (const c of await rows('select tenant_id, period, last_seq from ticket_counter')) {
      counters.set(`${c.tenant_id}/${c.period}`, Number(c.last_seq));
    }
    const cols = [
      'id',
      'tenant_id',
      'number',
      'title',
      'description',
      'status',
      'priority',
      'channel',
      'caller_id',
      'subject_id',
      'created_at',
      'updated_at',
      'version',
      'category_id',
      'impact',
      'urgency',
      'group_id',
      'operator_id',
      'line',
      'response_due_at',
      'resolution_due_at',
      'sla_due_at',
      'resolved_at',
      'closed_at',
      'rating',
      'major_incident',
      'time_spent_minutes',
    ];
    const ecols = [
      'id',
      'tenant_id',
      'ticket_id',
      'kind',
      'author_id',
      'body',
      'data',
      'time_spent_minutes',
      'created_at',
    ];
    const BATCH = 300;
    const span = YEARS * 365 * DAY;
    // Creation times: rising volume over the two years, sorted so numbers follow time.
    const times = new Float64Array(TICKETS);
    for (let i = 0; i < TICKETS; i++) times[i] = now.getTime() - span * (1 - Math.sqrt(rand()));
    times.sort();
    let ticketBatch = [];
    let entryBatch = [];
    let open = 0;
    const flushBatches = async () => {
      if (ticketBatch.length) {
        await rows(
          `insert into ticket (${cols.join(', ')}) values ${ticketBatch.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`,
          ticketBatch.flat(),
        );
        ticketBatch = [];
      }
      if (entryBatch.length) {
        await rows(
          `insert into ticket_entry (${ecols.join(', ')}) values ${entryBatch.map(() => `(${ecols.map(() => '?').join(', ')})`).join(', ')}`,
          entryBatch.flat(),
        );
        entryBatch = [];
      }
    };
    await rows('begin');
    for (let i = 0; i < TICKETS; i++) {
      const r = rand();
      const t =
        r < tenantInfo[0].share
          ? tenantInfo[0]
          : r < tenantInfo[0].share + tenantInfo[1].share
            ? tenantInfo[1]
            : tenantInfo[2];
      const created = Math.floor(times[i]);
      const [yyyy, mm] = localDateOf(t.timeZone, new Date(created)).split('-');
      const period = `${yyyy.slice(2)}${mm}`;
      const key = `${t.id}/${period}`;
      const seq = (counters.get(key) ?? 0) + 1;
      counters.set(key, seq);
      const age = now.getTime() - created;
      let status;
      const s = rand();
      if (age > 30 * DAY)
        status =
          s < 0.004
            ? pick(['IN_PROGRESS', 'WAITING_FOR_SUPPLIER'])
            : s < 0.01
              ? 'RESOLVED'
              : 'CLOSED';
      else if (age > 7 * DAY)
        status =
          s < 0.15
            ? pick(['IN_PROGRESS', 'WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER'])
            : s < 0.35
              ? 'RESOLVED'
              : 'CLOSED';
      else
        status =
          s < 0.25
            ? 'NEW'
            : s < 0.55
              ? pick(['IN_PROGRESS', 'WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER'])
              : s < 0.85
                ? 'RESOLVED'
                : 'CLOSED';
      const isOpen = status !== 'RESOLVED' && status !== 'CLOSED';
      if (isOpen) open++;
      const priority = PRIORITY();
      const caller = pick(t.people);
      const assigned = status !== 'NEW' && rand() < 0.85;
      const group = pick(t.groups);
      const resolved = isOpen ? null : created + Math.floor(rand() * 5 * DAY);
      const responseDue =
        created + (priority === 'CRITICAL' ? 0.5 : priority === 'HIGH' ? 4 : 8) * 3600_000;
      const resolutionDue =
        created +
        (priority === 'CRITICAL' ? 1 : priority === 'HIGH' ? 2 : priority === 'MEDIUM' ? 5 : 10) *
          DAY;
      const id = randomUUID();
      const object = skewed(OBJECTS);
      ticketBatch.push([
        id,
        t.id,
        formatTicketNumber(t.code, { year: Number(yyyy), month: Number(mm) }, seq),
        `${object[0].toUpperCase()}${object.slice(1)} ${pick(PROBLEMS)}`,
        `${object} ${pick(PROBLEMS)} på ${pick(PLACES)}. ${pick(PROBLEMS)} sedan i morse.`,
        status,
        priority,
        pick(['PORTAL', 'PORTAL', 'PORTAL', 'EMAIL', 'PHONE', 'WALK_IN']),
        caller,
        caller,
        created,
        resolved ?? created,
        1,
        skewed(t.categories),
        pick(['PERSON', 'PERSON', 'GROUP', 'DEPARTMENT']),
        pick(['LOW', 'MEDIUM', 'HIGH']),
        assigned ? group.id : null,
        assigned ? pick(t.agents) : null,
        group.line,
        responseDue,
        resolutionDue,
        isOpen && status !== 'WAITING_FOR_CALLER' ? resolutionDue : null,
        resolved,
        status === 'CLOSED' ? resolved + 5 * DAY : null,
        !isOpen && rand() < 0.3 ? 1 + Math.floor(rand() * 5) : null,
        0,
        0,
      ]);
      const replies = Math.floor(rand() * 3.4);
      for (let k = 0; k < replies; k++) {
        const note = rand() < 0.2;
        entryBatch.push([
          randomUUID(),
          t.id,
          id,
          note ? 'NOTE' : 'REPLY',
          pick(t.agents),
          note ? pick(NOTES) : pick(REPLIES),
          '{}',
          5 + Math.floor(rand() * 30),
          created + (k + 1) * 3600_000,
        ]);
      }
      if (ticketBatch.length >= BATCH) {
        await flushBatches();
        if (i % 20_000 < BATCH) {
          await rows('commit');
          await rows('begin');
          process.stdout.write(`\r${i + 1} tickets…`);
        }
      }
    }
    await flushBatches();
    for (const [key, lastSeq] of counters) {
      const [tenantId, period] = key.split('/');
      await rows(
        'insert into ticket_counter (tenant_id, period, last_seq) values (?, ?, ?) on conflict (tenant_id, period) do update set last_seq = max(ticket_counter.last_seq, excluded.last_seq)',
        [tenantId, period, lastSeq],
      );
    }
    await rows('commit');
    await rows('analyze');
    const n = await rows('select count(*) as n from ticket');
    const e = await rows('select count(*) as n from ticket_entry');
    process.stdout.write(
      `\n${n[0].n} tickets (${open} open), ${e[0].n} replies and notes, in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
  });
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true });
  fs.renameSync(building, file);
  process.stdout.write(`wrote ${file}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (err) {
    process.stderr.write(`dataset generation failed: ${String(err).slice(0, 500)}\n`);
    process.exit(1);
  }
}
export { main as generateDataset };
