import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { TestApp } from '../test-support/test-app.js';

const SARA = 'JOSA9804';
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const KARIN = 'LUKN7203';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);

describe('ticket attachments', () => {
  let app: TestApp;
  let sara: string;
  let omar: string;
  let lena: string;
  let karin: string;
  let ticketId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    sara = await app.signIn(SARA);
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    karin = await app.signIn(KARIN);
    const res = await app.gql<{ createTicket: { id: string } }>(
      'mutation { createTicket(input: { title: "Broken screen" }) { id } }',
      {},
      sara,
    );
    ticketId = res.data!.createTicket.id;
  });
  afterAll(() => app.stop());

  async function upload(
    body: Uint8Array,
    name: string,
    cookie?: string,
    ticket = ticketId,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(`${app.url}/api/tickets/${ticket}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        ...(cookie ? { cookie } : {}),
      },
      body,
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  it('stores a file with its sniffed type, audits it and lists it on the ticket', async () => {
    const res = await upload(PNG, '../../skärm<b>.jpg', sara);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      fileName: 'skärm<b>.jpg',
      contentType: 'image/png',
      size: PNG.length,
    });
    const list = await app.gql<{
      ticketAttachments: { id: string; url: string; fileName: string }[];
    }>(
      'query($id: ID!) { ticketAttachments(ticketId: $id) { id url fileName contentType } }',
      { id: ticketId },
      omar,
    );
    expect(list.data!.ticketAttachments).toHaveLength(1);
    const audit = await app
      .em()
      .find(
        AuditEvent,
        { entityId: ticketId, action: 'ticket.attachment_added' },
        { filters: false },
      );
    expect(audit).toHaveLength(1);

    const download = await fetch(`${app.url}${list.data!.ticketAttachments[0]!.url}`, {
      headers: { cookie: omar },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);
  });

  it('serves files only to those who may see the ticket', async () => {
    const up = await upload(new TextEncoder().encode('<script>alert(1)</script>'), 'x.html', sara);
    expect(up.json['contentType']).toBe('text/plain');
    const url = `${app.url}/api/attachments/${String(up.json['id'])}`;
    expect((await fetch(url, { headers: { cookie: sara } })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie: lena } })).status).toBe(404);
    expect((await fetch(url, { headers: { cookie: karin } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
    const html = await fetch(url, { headers: { cookie: omar } });
    expect(html.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
    expect(
      (
        await fetch(`${app.url}/api/attachments/00000000-0000-0000-0000-000000000000`, {
          headers: { cookie: omar },
        })
      ).status,
    ).toBe(404);
    expect(
      (await fetch(`${app.url}/api/attachments/not-an-id`, { headers: { cookie: omar } })).status,
    ).toBe(404);
  });

  it('refuses uploads to tickets the uploader may not see', async () => {
    expect((await upload(PNG, 'a.png', lena)).status).toBe(404);
    expect((await upload(PNG, 'a.png', karin)).status).toBe(404);
    expect((await upload(PNG, 'a.png')).status).toBe(401);
  });

  it('refuses oversize files with a clear message', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    const res = await upload(big, 'huge.png', sara);
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(String((res.json['error'] as { message: string }).message)).toMatch(/at most 10 MB/);
  });

  it('refuses executables and empty files', async () => {
    const exe = await upload(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 'photo.jpg', sara);
    expect(exe.status).toBe(400);
    expect(exe.json).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    expect((await upload(new Uint8Array(), 'empty.txt', sara)).status).toBe(400);
  });
});
