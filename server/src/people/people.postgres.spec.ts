import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';

/** The dialect-specific parts (case-insensitive search, username lookup, imports) on PostgreSQL. */
describe('people on PostgreSQL', () => {
  let app: TestApp;
  let nils: string;

  beforeAll(async () => {
    app = await TestApp.start({ database: 'postgresql' });
    nils = await app.signIn('axns8514');
  }, 120_000);
  afterAll(() => app?.stop());

  it('searches staff case-insensitively', async () => {
    const res = await app.gql<{ staffSearch: { username: string }[] }>(
      '{ staffSearch(query: "johansson") { username } }',
      {},
      nils,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.staffSearch.map((s) => s.username)).toContain('JOSA9804');
  });

  it('imports HR rows and generates colliding usernames', async () => {
    const content = [
      'personNumber,givenName,surname,birthDate,managerPersonNumber',
      'P1,Sara,Johansson,1998-06-04,',
      'P2,Sara,Johansson,1998-09-04,P1',
    ].join('\n');
    const res = await app.gql<{ importHr: { created: number; rejected: unknown[] } }>(
      'mutation($c: String!) { importHr(content: $c, format: CSV) { created rejected { row } } }',
      { c: content },
      nils,
    );
    expect(res.data?.importHr).toEqual({ created: 2, rejected: [] });
    const found = await app.gql<{ staffSearch: { username: string }[] }>(
      '{ staffSearch(query: "josa9804") { username } }',
      {},
      nils,
    );
    expect(found.data?.staffSearch.map((s) => s.username).sort()).toEqual([
      'JOSA9804',
      'JOSA9804A',
      'JOSA9804B',
    ]);
  });
});
