import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import type { HrImportReport } from './hr-importer.js';

const IMPORT = `mutation($content: String!, $format: HrFormat!, $dryRun: Boolean) {
  importHr(content: $content, format: $format, dryRun: $dryRun) {
    fileErrors rows created updated moved ended unchanged
    rejected { row personNumber problems { field code message } }
  } }`;
const NILS = 'AXNS8514'; // Kävlinge administrator
const OMAR = 'SAOR9112'; // support, not an administrator
const IDA = 'LIIA9003'; // Burlöv administrator

const HEADER =
  'personNumber;givenName;surname;birthDate;email;mobile;jobTitle;kind;managerPersonNumber;orgUnitCode;orgUnitName;startDate;endDate';
const GOOD = [
  HEADER,
  'H100;Britt;Ek;1961-04-12;britt.ek@kavlinge.example;+46701110001;Head of culture;EMPLOYEE;;KULT;Kultur och fritid;2020-01-01;',
  'H101;Åke;Ström;1990-07-09;ake.strom@kavlinge.example;+46701110002;Librarian;EMPLOYEE;H100;KULT-BIB;Biblioteket;2021-03-01;',
  'H102;Li;Wu;2001-12-31;;+46701110003;Intern;INTERN;H101;KULT-BIB;Biblioteket;2026-09-01;2027-01-31',
].join('\n');

describe('HR import', () => {
  let app: TestApp;
  let nils: string;
  let kavId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    nils = await app.signIn(NILS);
    kavId = (await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false })).id;
  });
  afterAll(() => app.stop());

  async function run(content: string, format = 'CSV', cookie = nils, dryRun = false) {
    const res = await app.gql<{ importHr: HrImportReport }>(
      IMPORT,
      { content, format, dryRun },
      cookie,
    );
    return res;
  }
  async function auditCount(): Promise<number> {
    return app.em().count(AuditEvent, { tenant: kavId }, { filters: false });
  }
  async function byNumber(pn: string): Promise<Person | null> {
    return app
      .em()
      .findOne(
        Person,
        { personNumber: pn, tenant: kavId },
        { filters: false, populate: ['manager', 'orgUnit'] },
      );
  }

  it('creates people, units and manager links; accounts open 48 h later', async () => {
    const res = await run(GOOD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importHr).toMatchObject({
      fileErrors: [],
      rows: 3,
      created: 3,
      updated: 0,
      rejected: [],
    });
    const ake = await byNumber('H101');
    expect(ake?.username).toBe('STAE9009');
    expect(ake?.manager?.personNumber).toBe('H100');
    expect(ake?.orgUnit?.name).toBe('Biblioteket');
    expect(ake?.activeFrom?.getTime()).toBe(app.clock.now().getTime() + 48 * 3_600_000);
    expect(ake?.passwordHash ?? null).toBeNull();
  });

  it('is idempotent: the same file again changes nothing and audits nothing', async () => {
    const before = await auditCount();
    const res = await run(GOOD);
    expect(res.data?.importHr).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      rejected: [],
    });
    expect(await auditCount()).toBe(before);
  });

  it('updates, moves and ends people (JSON too)', async () => {
    const json = JSON.stringify([
      { personNumber: 'H101', givenName: 'Åke', surname: 'Ström', managerPersonNumber: null },
      { personNumber: 'H102', givenName: 'Li', surname: 'Wu', endDate: '2026-11-30' },
      { personNumber: 'H100', givenName: 'Britt', surname: 'Ek', jobTitle: 'Director of culture' },
    ]);
    const res = await run(json, 'JSON');
    expect(res.data?.importHr).toMatchObject({ updated: 3, moved: 1, ended: 1, rejected: [] });
    expect((await byNumber('H101'))?.manager ?? null).toBeNull();
    expect((await byNumber('H102'))?.endDate).toBe('2026-11-30');
    expect((await byNumber('H100'))?.jobTitle).toBe('Director of culture');
    const again = await run(json, 'JSON');
    expect(again.data?.importHr).toMatchObject({ updated: 0, unchanged: 3 });
  });

  it('reports bad rows with row number and reason, and still imports the good rows', async () => {
    const content = [
      HEADER,
      'H200;Good;Person;1985-01-15;;;;;H100;;;;',
      ';No;Number;1985-01-15;;;;;;;;;',
      'H201;Bad;Date;1985-02-30;;;;;;;;;',
      'H202;Bad;Manager;1985-01-15;;;;;NOPE;;;;',
      'H203;Dup;One;1985-01-15;;;;;;;;;',
      'H203;Dup;Two;1985-01-15;;;;;;;;;',
      'H204;Cycle;A;1985-01-15;;;;;H205;;;;',
      'H205;Cycle;B;1985-01-15;;;;;H204;;;;',
      'H206;Reports;ToBad;1985-01-15;;;;;H201;;;;',
      'H207;Bad;Kind;1985-01-15;;;;ROBOT;;;;;',
      'H208;No;Birth;;;;;;;;;;',
    ].join('\n');
    const before = await app.em().count(Person, { tenant: kavId }, { filters: false });
    const res = await run(content);
    const report = res.data?.importHr;
    expect(report?.created).toBe(1);
    const byRow = Object.fromEntries(
      (report?.rejected ?? []).map((r) => [r.row, r.problems.map((p) => p.code)]),
    );
    expect(byRow).toEqual({
      3: ['REQUIRED'],
      4: ['INVALID_DATE'],
      5: ['UNKNOWN_MANAGER'],
      6: ['DUPLICATE_PERSON_NUMBER'],
      7: ['DUPLICATE_PERSON_NUMBER'],
      8: ['MANAGER_CYCLE'],
      9: ['MANAGER_CYCLE'],
      10: ['UNKNOWN_MANAGER'],
      11: ['INVALID_KIND'],
      12: ['MISSING_BIRTH_DATE'],
    });
    expect(await app.em().count(Person, { tenant: kavId }, { filters: false })).toBe(before + 1);
    expect((await byNumber('H200'))?.manager?.personNumber).toBe('H100');
  });

  it('refuses a malformed file as a whole and imports nothing', async () => {
    const before = await app.em().count(Person, {}, { filters: false });
    const units = await app.em().count(OrgUnit, {}, { filters: false });
    const broken = `${HEADER}\nH300;"Unclosed;Quote;1985-01-15;;;;;;;;;\nH301;Fine;Row;1985-01-15;;;;;;;;;`;
    const res = await run(broken);
    expect(res.data?.importHr.fileErrors[0]).toMatch(/malformed/);
    expect(res.data?.importHr.created).toBe(0);
    const wrongColumns = await run('personNumber,firstName,surname\nH1,A,B');
    expect(wrongColumns.data?.importHr.fileErrors.join(' ')).toMatch(
      /Unknown column\(s\): firstName.*Missing required column\(s\): givenName/,
    );
    expect((await run('{"not": "a list"}', 'JSON')).data?.importHr.fileErrors).toHaveLength(1);
    expect((await run('[1, {"personNumber": {}}]', 'JSON')).data?.importHr.fileErrors).toHaveLength(
      2,
    );
    expect(await app.em().count(Person, {}, { filters: false })).toBe(before);
    expect(await app.em().count(OrgUnit, {}, { filters: false })).toBe(units);
  });

  it('a dry run reports without saving', async () => {
    const before = await app.em().count(Person, {}, { filters: false });
    const res = await run(`${HEADER}\nH400;Dry;Run;1985-01-15;;;;;;;;;`, 'CSV', nils, true);
    expect(res.data?.importHr.rejected).toEqual([]);
    expect(await app.em().count(Person, {}, { filters: false })).toBe(before);
  });

  it('only administrators of the tenant may import', async () => {
    const omar = await app.signIn(OMAR);
    const res = await run(GOOD, 'CSV', omar);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await app.gql(IMPORT, { content: GOOD, format: 'CSV' })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    // Ida imports into Burlöv: the same person numbers make separate Burlöv people.
    const ida = await app.signIn(IDA);
    const bur = await run(GOOD, 'CSV', ida);
    expect(bur.data?.importHr.created).toBe(3);
    expect((await byNumber('H100'))?.jobTitle).toBe('Director of culture');
  });

  it('reads stored usernames in a bounded number of statements, however many people are new', async () => {
    const connection = app.running.app.get(MikroORM).em.getConnection();
    const original = connection.execute.bind(connection);
    let usernameReads = 0;
    connection.execute = ((query: unknown, ...rest: unknown[]) => {
      if (typeof query === 'string' && /username.* i?like /i.test(query)) usernameReads++;
      return (original as (...a: unknown[]) => unknown)(query, ...rest);
    }) as typeof connection.execute;
    const readsFor = async (content: string): Promise<number> => {
      usernameReads = 0;
      const res = await run(content);
      expect(res.errors).toBeUndefined();
      expect(res.data?.importHr.rejected).toEqual([]);
      return usernameReads;
    };
    try {
      const one = await readsFor(`${HEADER}\nH500;Solo;Person;1980-05-05;;;;;;;;;`);
      const many = await readsFor(
        [
          HEADER,
          ...Array.from(
            { length: 30 },
            (_, i) =>
              `H6${String(i).padStart(2, '0')};Given${i};Name${i};1980-05-${String((i % 28) + 1).padStart(2, '0')};;;;;;;;;`,
          ),
          // Nils Axelsson (AXNS8514) is stored; these three share his base username.
          'H700;Nils;Axberg;1985-03-14;;;;;;;;;',
          'H701;Nils Erik;Axén;1985-06-14;;;;;;;;;',
          'H702;Nils;axell;1985-09-14;;;;;;;;;',
        ].join('\n'),
      );
      expect(one).toBe(1);
      expect(many).toBe(one);
      // 250 different base usernames: read in chunks of 200, so two statements.
      const letter = (n: number): string => String.fromCharCode(97 + n);
      const wide = await readsFor(
        [
          HEADER,
          ...Array.from(
            { length: 250 },
            (_, i) =>
              `H8${String(i).padStart(3, '0')};Gra${letter(Math.floor(i / 26))};S${letter(i % 26)}lberg;1990-01-02;;;;;;;;;`,
          ),
        ].join('\n'),
      );
      expect(wide).toBe(2);
    } finally {
      connection.execute = original;
    }
    expect((await byNumber('H700'))?.username).toBe('AXNS8514A');
    expect((await byNumber('H701'))?.username).toBe('AXNS8514B');
    expect((await byNumber('H702'))?.username).toBe('AXNS8514C');
  });
});
