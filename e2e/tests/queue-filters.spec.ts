import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

test.use({ locale: 'en-GB', viewport: { width: 1400, height: 900 } });

const stamp = `qf${Date.now()}`;
const INFRA_KAV = 'Infrastructure (KAV, 2nd line)';
const PRIORITY_RANK = ['Critical', 'High', 'Medium', 'Low'];

async function gql<T>(page: Page, query: string, variables: object = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data!;
}

/** The text of one column in every row, found by its header. */
async function column(page: Page, header: string): Promise<string[]> {
  const headers = await page.getByTestId('queue-table').locator('thead th').allTextContents();
  const index = headers.indexOf(header);
  expect(index).toBeGreaterThan(-1);
  return page
    .getByTestId('queue-row')
    .locator(`td:nth-child(${index + 1})`)
    .allTextContents();
}

const filter = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: label, exact: true });

/** Picks an option of a filter and waits for the queue to show its result. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await filter(page, label).selectOption({ label: option });
  await settled(page);
}

const settled = (page: Page) =>
  expect(page.getByRole('region', { name: 'Queue' })).toHaveAttribute('aria-busy', 'false');

async function openConsole(page: Page): Promise<void> {
  await signIn(page, 'SAOR9112');
  await page.getByRole('link', { name: 'Agent console' }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Search' }).fill(text);
  await page.getByRole('textbox', { name: 'Search' }).press('Enter');
  await settled(page);
}

// Three tickets of this run: one in Kävlinge's Infrastructure taken by Omar, one in that group
// with nobody, and one untouched.
test.beforeAll(async ({ browser }) => {
  const staffContext = await browser.newContext({ locale: 'en-GB' });
  const staff = await staffContext.newPage();
  await signIn(staff, 'JOSA9804');
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const file = async (title: string) =>
    (
      await gql<{ createTicket: { id: string; version: number } }>(
        staff,
        'mutation($t: String!) { createTicket(input: { title: $t }) { id version } }',
        { t: `${title} ${stamp}` },
      )
    ).createTicket;
  const taken = await file('Omar has it');
  const queued = await file('Waits in Infrastructure');
  await file('Nobody has looked');

  const agentContext = await browser.newContext({ locale: 'en-GB' });
  const agent = await agentContext.newPage();
  await signIn(agent, 'SAOR9112');
  await expect(agent.getByRole('link', { name: 'Agent console' })).toBeVisible();
  const { viewer, operatorGroups } = await gql<{
    viewer: { person: { id: string }; tenant: { id: string } };
    operatorGroups: { id: string; name: string; tenantId: string }[];
  }>(agent, '{ viewer { person { id } tenant { id } } operatorGroups { id name tenantId } }');
  const infra = operatorGroups.find(
    (g) => g.name === 'Infrastructure' && g.tenantId === viewer.tenant.id,
  )!;
  const assign = (t: { id: string; version: number }, operatorId: string | null) =>
    gql<{ bulkUpdateTickets: { changed: number } }>(
      agent,
      'mutation($input: BulkUpdateTicketsInput!) { bulkUpdateTickets(input: $input) { changed } }',
      { input: { tickets: [{ id: t.id, version: t.version }], groupId: infra.id, operatorId } },
    );
  expect((await assign(taken, viewer.person.id)).bulkUpdateTickets.changed).toBe(1);
  expect((await assign(queued, null)).bulkUpdateTickets.changed).toBe(1);
  await staffContext.close();
  await agentContext.close();
});

test('"Assigned to: Unassigned" leaves only tickets without an operator', async ({ page }) => {
  await openConsole(page);
  await search(page, stamp);
  await expect(page.getByTestId('queue-row')).toHaveCount(3);
  await expect(page.getByTestId('row-operator')).toHaveText(['Omar Said']);
  await choose(page, 'Assigned to', 'Unassigned');
  await expect(page.getByTestId('queue-row')).toHaveCount(2);
  await expect(page.getByTestId('queue-row').filter({ hasText: 'Omar has it' })).toHaveCount(0);
  await search(page, '');
  await expect(page.getByTestId('queue-row')).toHaveCount(50);
  await expect(page.getByTestId('row-operator')).toHaveCount(0);
});

test('"Deadline: Overdue" lists only tickets whose deadline has passed, each marked', async ({
  page,
}) => {
  await openConsole(page);
  // Newest first mixes overdue tickets with fresh ones, so the filter has something to remove.
  await choose(page, 'Sort by', 'Newest first');
  await expect(page.getByTestId('queue-row').first()).toContainText(stamp);
  await choose(page, 'Deadline', 'Overdue');
  await expect(page.getByTestId('queue-row').filter({ hasText: stamp })).toHaveCount(0);
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(rows.getByTestId('overdue')).toHaveCount(count);
  await expect(rows.getByTestId('overdue').first()).toHaveText('Overdue');
  const due = await rows
    .locator('time')
    .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(due).toHaveLength(count);
  for (const at of due) expect(at).toBeLessThan(Date.now());
});

test('Status "Closed" shows only closed tickets', async ({ page }) => {
  await openConsole(page);
  await choose(page, 'Status', 'Closed');
  await expect(page.getByTestId('queue-row').first()).toContainText('Closed');
  const statuses = await column(page, 'Status');
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Closed']));
});

test('choosing a group shows only that group’s tickets', async ({ page }) => {
  await openConsole(page);
  await choose(page, 'Group', INFRA_KAV);
  await expect(page.getByTestId('queue-row').filter({ hasText: stamp })).toHaveCount(2);
  const count = await page.getByTestId('queue-row').count();
  await expect(page.getByTestId('row-group')).toHaveCount(count);
  expect(new Set(await page.getByTestId('row-group').allTextContents())).toEqual(
    new Set(['Infrastructure']),
  );
  expect(new Set(await column(page, 'Municipality'))).toEqual(new Set(['KAV']));
});

test('a saved view with a group and an assignee restores those choices and rows', async ({
  page,
}) => {
  await openConsole(page);
  await choose(page, 'Group', INFRA_KAV);
  await choose(page, 'Assigned to', 'Me');
  await expect(page.getByTestId('queue-row').filter({ hasText: stamp })).toHaveCount(1);
  const numbers = await column(page, 'Number');
  const name = `Infra mine ${stamp}`;
  await page.getByLabel('Name for this view').fill(name);
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'View saved.' })).toBeVisible();

  await choose(page, 'Group', 'Any group');
  await choose(page, 'Assigned to', 'Anyone');
  await expect(page.getByTestId('queue-row')).toHaveCount(50);

  const views = page.getByRole('combobox', { name: 'Saved views' });
  await views.selectOption(
    (await views.locator('option', { hasText: name }).getAttribute('value'))!,
  );
  await settled(page);
  await expect(filter(page, 'Group').locator('option:checked')).toHaveText(INFRA_KAV);
  await expect(filter(page, 'Assigned to').locator('option:checked')).toHaveText('Me');
  await expect(filter(page, 'Status').locator('option:checked')).toHaveText('Open tickets');
  await expect(page.getByTestId('queue-row')).toHaveCount(numbers.length);
  expect(await column(page, 'Number')).toEqual(numbers);
});

test('sorting by priority lists no lower priority above a higher one', async ({ page }) => {
  await openConsole(page);
  // One municipality's new tickets: fewer than a page, in several priorities.
  await choose(page, 'Municipality', 'Burlövs kommun (BUR)');
  await choose(page, 'Status', 'New');
  await expect(page.getByTestId('queue-row').first()).toContainText('BUR');
  await choose(page, 'Sort by', 'Priority');
  await expect(filter(page, 'Sort by')).toHaveValue('PRIORITY');
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  const ranks = (await column(page, 'Priority')).map((p) => PRIORITY_RANK.indexOf(p));
  expect(new Set(ranks).size).toBeGreaterThan(1);
  expect(ranks).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(new Set(await column(page, 'Municipality'))).toEqual(new Set(['BUR']));
});

test('the queue filter bar has no accessibility violations', async ({ page }) => {
  await openConsole(page);
  await expect(filter(page, 'Municipality')).toBeVisible();
  await choose(page, 'Deadline', 'Overdue');
  await expect(page.getByTestId('overdue').first()).toBeVisible();
  await expectNoAxeViolations(page, 'section[aria-label="Filters"]');
  await expectNoAxeViolations(page, '[data-testid="queue-table"]');
});
