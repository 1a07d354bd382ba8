import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test('an auditor finds a role change in the audit log by keyboard and exports it as CSV', async ({
  browser,
  page,
}) => {
  // The administrator makes Eva Nordin (a manager) an auditor too: itself an audited change.
  const adminContext = await browser.newContext({ locale: 'en-GB' });
  const admin = await adminContext.newPage();
  await signIn(admin, 'AXNS8514');
  await expect(admin.getByRole('button', { name: 'Nils Axelsson' })).toBeVisible();
  const found = await gql<{ staffSearch: { id: string; roles: string[] }[] }>(
    admin,
    'query($q: String!) { staffSearch(query: $q) { id roles } }',
    { q: 'NOEA7515' },
  );
  const eva = found.staffSearch[0]!;
  await gql(
    admin,
    'mutation($id: ID!, $r: [String!]!) { setPersonRoles(id: $id, roles: $r) { id } }',
    {
      id: eva.id,
      r: [...new Set([...eva.roles, 'AUDITOR'])],
    },
  );
  await adminContext.close();

  await signIn(page, 'NOEA7515');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();

  await page.getByLabel('Action').focus();
  await page.keyboard.type('person.roles_changed');
  await page.keyboard.press('Enter');
  const row = page
    .getByRole('row')
    .filter({ hasText: 'person.roles_changed' })
    .filter({ hasText: eva.id });
  await expect(row).toContainText('Nils Axelsson');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('audit-log.csv');
  const stream = await file.createReadStream();
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  expect(text.split('\r\n')[0]).toBe(
    'at,actorId,actorName,action,entityType,entityId,chainSeq,data',
  );
  expect(text).toContain(`"${eva.id}"`);
});
