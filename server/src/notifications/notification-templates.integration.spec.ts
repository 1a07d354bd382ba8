import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../jobs/jobs.service.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';

const FIELDS = 'subject body subjectTemplate bodyTemplate customised';
const PREVIEW = `query($t: ID!, $e: String!, $l: String!) { notificationTemplatePreview(tenantId: $t, event: $e, language: $l) { ${FIELDS} } }`;
const SAVE = `mutation($t: ID!, $e: String!, $l: String!, $s: String!, $b: String!) { saveNotificationTemplate(tenantId: $t, event: $e, language: $l, subject: $s, body: $b) { ${FIELDS} } }`;
const RESET = `mutation($t: ID!, $e: String!, $l: String!) { resetNotificationTemplate(tenantId: $t, event: $e, language: $l) { ${FIELDS} } }`;

interface Preview {
  subject: string;
  body: string;
  subjectTemplate: string;
  bodyTemplate: string;
  customised: boolean;
}

describe('per-municipality notification templates (SQLite)', () => {
  let app: TestApp;
  let admin: string;
  let kav: string;
  beforeAll(async () => {
    app = await TestApp.start({ now: '2026-11-24T10:00:00Z' });
    admin = await app.signIn('AXNS8514');
    kav = (
      await app
        .em()
        .findOneOrFail(Person, { username: 'AXNS8514' }, { filters: false, populate: ['tenant'] })
    ).tenant.id;
  });
  afterAll(() => app.stop());

  it('stores a text that previews and is sent, refuses a bad one keeping the stored text, and resets', async () => {
    const vars = { t: kav, e: 'ANNOUNCEMENT', l: 'sv' };
    const saved = await app.gql<{ saveNotificationTemplate: Preview }>(
      SAVE,
      { ...vars, s: 'Kävlinge IT: {{title}}', b: 'Hej {{recipientName}}! {{text}}' },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveNotificationTemplate).toMatchObject({
      customised: true,
      body: 'Hej Sara! Please restart the printer and try again.',
    });

    const bad = await app.gql(SAVE, { ...vars, s: 'x', b: 'Hej {{nosuch}}' }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('UNKNOWN_PLACEHOLDER');
    const preview = await app.gql<{ notificationTemplatePreview: Preview }>(PREVIEW, vars, admin);
    expect(preview.data!.notificationTemplatePreview).toMatchObject({
      customised: true,
      bodyTemplate: 'Hej {{recipientName}}! {{text}}',
    });

    // A notice to a Kävlinge person is rendered from the stored text.
    const omar = await app
      .em()
      .findOneOrFail(Person, { username: 'SAOR9112' }, { filters: false, populate: ['tenant'] });
    const service = app.running.app.get(NotificationsService);
    await app.running.app
      .get(MikroORM)
      .em.fork()
      .transactional((tx) =>
        service.notify(tx, {
          tenantId: kav,
          recipientId: omar.id,
          kind: 'ANNOUNCEMENT',
          params: {},
          text: 'Templated notice',
        }),
      );
    await app.running.app.get(JobsService).runDueJobs();
    const [n] = await app.em().find(Notification, { text: 'Templated notice' }, { filters: false });
    const [mail] = await app
      .em()
      .find(OutgoingMessage, { key: `notice:${n!.id}:email` }, { filters: false });
    expect(mail?.subject).toBe('Kävlinge IT: Templated notice');
    expect(mail?.body).toBe(`Hej ${omar.givenName}! Templated notice`);

    const reset = await app.gql<{ resetNotificationTemplate: Preview }>(RESET, vars, admin);
    expect(reset.data!.resetNotificationTemplate.customised).toBe(false);
    const after = await app.gql<{ notificationTemplatePreview: Preview }>(PREVIEW, vars, admin);
    expect(after.data!.notificationTemplatePreview.customised).toBe(false);
    expect(after.data!.notificationTemplatePreview.bodyTemplate).toContain('{{recipientName}}');

    // Burlöv's administrator cannot touch Kävlinge's texts.
    const ida = await app.signIn('LIIA9003');
    const other = await app.gql(SAVE, { ...vars, s: 'x {{title}}', b: 'y {{text}}' }, ida);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
