import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { TestApp } from '../test-support/test-app.js';

const ME = `{ viewer { id language tenant { code defaultLanguage } } }`;
const SET = `mutation($l: String) { setMyLanguage(language: $l) }`;

interface Me {
  viewer: {
    id: string;
    language: string | null;
    tenant: { code: string; defaultLanguage: string };
  };
}

describe('interface language', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('keeps the person’s choice in the profile, clears it, and refuses other languages', async () => {
    const sara = await app.signIn('JOSA9804');
    const before = (await app.gql<Me>(ME, {}, sara)).data!.viewer;
    expect(before.language).toBeNull();
    expect(before.tenant.defaultLanguage).toBe('sv');

    expect((await app.gql(SET, { l: 'nb' }, sara)).data).toEqual({ setMyLanguage: 'nb' });
    expect((await app.gql<Me>(ME, {}, sara)).data!.viewer.language).toBe('nb');
    const bad = await app.gql(SET, { l: 'de' }, sara);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql<Me>(ME, {}, sara)).data!.viewer.language).toBe('nb');
    await app.gql(SET, { l: null }, sara);
    expect((await app.gql<Me>(ME, {}, sara)).data!.viewer.language).toBeNull();

    const audit = await app
      .em()
      .find(
        AuditEvent,
        { entityId: before.id, action: 'person.language_changed' },
        { filters: false },
      );
    expect(audit).toHaveLength(2);
    expect((await app.gql(SET, { l: 'en' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('defaults a Norwegian municipality to bokmål', async () => {
    const nils = await app.signIn('HANI9107'); // Porsanger
    const me = (await app.gql<Me>(ME, {}, nils)).data!.viewer;
    expect(me.tenant.defaultLanguage).toBe('nb');
  });
});
