import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test.use({ locale: 'en-GB' });

test('staff file with an attachment on a phone; the agent triages, replies and resolves live; staff rate it', async ({
  browser,
}) => {
  const agentContext = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const agent = await agentContext.newPage();
  await signIn(agent, 'omar.said@kavlinge.example');
  await agent.getByRole('link', { name: 'Agent console' }).click();
  await expect(agent.getByRole('heading', { name: 'Queue' })).toBeVisible();

  const phoneContext = await browser.newContext(PHONE);
  const staff = await phoneContext.newPage();
  await signIn(staff, 'JOSA9804');
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  await expect(
    staff.getByTestId('start-action-critical').getByRole('link', { name: 'This is critical' }),
  ).toBeVisible();
  const title = `Label printer <b>offline</b> ${Date.now()}`;
  await staff.getByLabel('What is it about?').selectOption({ label: 'Computer and printer' });
  await staff.getByLabel('More precisely').selectOption({ label: 'Printer' });
  await staff.getByLabel('What is the problem?').fill(title);
  await staff.getByLabel('Details').fill('<script>window.pwned = true</script> Nothing prints.');
  await staff.getByLabel('Who is affected?').selectOption('GROUP');
  await staff.getByLabel('How much does it hold up work?').selectOption('HIGH');
  await staff.locator('input[type=file]').setInputFiles({
    name: 'error<1>.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Printer error E-42\n'),
  });
  await staff.getByRole('button', { name: 'Send ticket' }).click();
  await expect(
    staff.getByRole('status').filter({ hasText: /Ticket KAV-\d{4}-\d{4} was created/ }),
  ).toBeVisible();
  // A new ticket is listed among those IT is working on, not those waiting for the caller.
  await expect(
    staff
      .getByRole('region', { name: 'With IT' })
      .getByTestId('my-ticket')
      .filter({ hasText: title }),
  ).toBeVisible();

  // The open console gets it without a reload.
  const row = agent.getByTestId('queue-row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: title }).click();
  await expect(agent.getByRole('heading', { name: title })).toBeVisible();
  await expect(
    agent.getByText('<script>window.pwned = true</script> Nothing prints.'),
  ).toBeVisible();
  expect(
    await agent.evaluate(() => (window as unknown as { pwned?: boolean }).pwned),
  ).toBeUndefined();
  await expect(agent.getByRole('link', { name: 'error<1>.txt' })).toBeVisible();
  await expect(agent.getByText('High', { exact: true }).first()).toBeVisible();

  await agent.getByLabel('Status').selectOption('IN_PROGRESS');
  await agent.getByRole('button', { name: 'Set status' }).click();
  await expect(agent.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await agent.getByRole('button', { name: 'Assign to me' }).click();
  await expect(agent.getByText(/Operator: Omar Said/)).toBeVisible();
  await agent.getByLabel('Message').fill('The print server was restarted; please try again.');
  await agent.getByLabel('Time spent (minutes)').fill('15');
  await agent.getByRole('button', { name: 'Send' }).click();
  await expect(
    agent.getByTestId('timeline-entry').filter({ hasText: 'The print server was restarted' }),
  ).toBeVisible();
  await agent.getByLabel('Status').selectOption('RESOLVED');
  await agent.getByRole('button', { name: 'Set status' }).click();
  await expect(agent.getByText('Resolved', { exact: true }).first()).toBeVisible();
  await expect(agent.getByText('Time spent: 15 min')).toBeVisible();
  // Resolving stops the SLA clock: both targets read as met, not as still running.
  await expect(agent.getByTestId('sla-status').getByText('Met')).toHaveCount(2);
  await expect(agent.getByTestId('sla-status')).not.toContainText('On track');
  await expectNoAxeViolations(agent);
  await agent.screenshot({ path: 'e2e/test-results/ticket-triage.png', fullPage: true });

  // Resolved, it waits for the caller to check the solution and rate it.
  await staff.reload();
  const waiting = staff.getByRole('region', { name: 'Waiting for you' });
  await expect(waiting.getByTestId('my-ticket').filter({ hasText: title })).toBeVisible();
  await expect(
    staff.getByRole('region', { name: 'With IT' }).filter({ hasText: title }),
  ).toHaveCount(0);
  await waiting.getByTestId('my-ticket').filter({ hasText: title }).getByRole('link').click();
  await expect(staff.getByRole('heading', { name: title })).toBeVisible();
  await expect(staff.getByText('The print server was restarted; please try again.')).toBeVisible();
  await staff.getByLabel('5 – Very good').check();
  await staff.getByRole('button', { name: 'Send rating' }).click();
  await expect(
    staff.getByRole('status').filter({ hasText: 'You rated this 5 of 5' }),
  ).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.screenshot({ path: 'e2e/test-results/ticket-rated-phone.png', fullPage: true });
  await agentContext.close();
  await phoneContext.close();
});

test('a second agent editing a stale ticket gets a conflict and sees the latest version', async ({
  browser,
}) => {
  const a = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  const b = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(a, 'omar.said@kavlinge.example');
  await signIn(b, 'VIJS8530');
  await a.getByRole('link', { name: 'Agent console' }).click();
  const first = a.getByTestId('queue-row').first().getByRole('link');
  await first.click();
  const url = a.url();
  await b.goto(url);
  await expect(b.getByRole('heading', { name: 'Triage' })).toBeVisible();
  await a.getByLabel('Reason for the override').fill('Affects the whole team');
  await a.getByLabel('Priority', { exact: true }).selectOption('HIGH');
  await a.getByRole('button', { name: 'Override' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await b.getByLabel('Reason for the override').fill('Only one person');
  await b.getByLabel('Priority', { exact: true }).selectOption('LOW');
  await b.getByRole('button', { name: 'Override' }).click();
  await expect(b.getByRole('alert')).toContainText('Someone else changed this ticket');
  await expect(b.getByText('Reason: Affects the whole team')).toBeVisible();
});

test('the queue is keyboard-usable and oversize files are refused with a clear message', async ({
  page,
}) => {
  await signIn(page, 'omar.said@kavlinge.example');
  await page.getByRole('link', { name: 'Agent console' }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.getByRole('region', { name: 'Queue' }).focus();
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(page.getByRole('paragraph').filter({ hasText: '1 selected' })).toBeVisible();
  await page.getByRole('region', { name: 'Queue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Triage' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
  });
  await expect(page.getByRole('alert')).toContainText('larger than 10 MB');
});

test('the dashboard shows open tickets by priority, status, group and age', async ({ page }) => {
  await signIn(page, 'omar.said@kavlinge.example');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Open tickets' })).toBeVisible();
  await expect(page.getByText(/\d+ open tickets/)).toBeVisible();
  for (const name of ['By priority', 'By status', 'By operator group', 'By age']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  // Omar serves two municipalities: one of them has fewer open tickets than both together.
  const total = async () =>
    Number((await page.getByText(/\d+ open tickets/).textContent())?.match(/\d+/)?.[0]);
  const both = await total();
  await page.getByLabel('Municipality').selectOption({ label: 'Kävlinge kommun' });
  await expect(async () => {
    const one = await total();
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(both);
  }).toPass();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'e2e/test-results/dashboard.png', fullPage: true });
});

test('an agent resolves a major incident and its linked ticket with one reply', async ({
  browser,
}) => {
  const staffContext = await browser.newContext({ locale: 'en-GB' });
  const staff = await staffContext.newPage();
  await signIn(staff, 'JOSA9804');
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const file = async (title: string) => {
    const res = await staff.request.post('/graphql', {
      data: {
        query: 'mutation($t: String!) { createTicket(input: { title: $t }) { id number } }',
        variables: { t: title },
      },
    });
    return ((await res.json()) as { data: { createTicket: { id: string; number: string } } }).data
      .createTicket;
  };
  const stamp = Date.now();
  const parent = await file(`Nobody can print ${stamp}`);
  const child = await file(`My printer is offline ${stamp}`);

  const agent = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(agent, 'omar.said@kavlinge.example');
  await expect(agent.getByRole('link', { name: 'Agent console' })).toBeVisible();
  await agent.goto(`/tickets/${parent.id}`);
  // The box follows the saved state, so it turns checked once the server has answered.
  await agent.getByLabel('This is a major incident').click();
  await expect(agent.getByLabel('This is a major incident')).toBeChecked();
  await expect(agent.getByLabel('Reply to every linked caller')).toBeVisible();

  await agent.goto(`/tickets/${child.id}`);
  await agent.getByLabel('Ticket number').fill(parent.number);
  await agent.getByRole('button', { name: 'Link to major incident' }).click();
  await expect(agent.getByText('Linked to a major incident')).toBeVisible();

  await agent.goto(`/tickets/${parent.id}`);
  await agent.getByLabel('Reply to every linked caller').fill('The print server is back up.');
  await agent.getByRole('button', { name: 'Resolve all with this reply' }).click();
  await expect(agent.getByText('Resolved', { exact: true }).first()).toBeVisible();

  await staff.goto(`/tickets/${child.id}`);
  await expect(staff.getByText('The print server is back up.')).toBeVisible();
  await expect(staff.getByText('Resolved', { exact: true }).first()).toBeVisible();
});

test('an agent saves a queue view and finds it with its count', async ({ page }) => {
  await signIn(page, 'omar.said@kavlinge.example');
  await page.getByRole('link', { name: 'Agent console' }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.getByLabel('Priority', { exact: true }).selectOption('HIGH');
  const name = `High open ${Date.now()}`;
  await page.getByLabel('Name for this view').fill(name);
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'View saved.' })).toBeVisible();
  const option = page.getByLabel('Saved views').locator('option', { hasText: name });
  await expect(option).toHaveText(new RegExp(`${name} \\(\\d+\\)`));
  await expectNoAxeViolations(page);
});

test('an agent assigns a ticket to a colleague, then takes it over', async ({ page }) => {
  await signIn(page, 'omar.said@kavlinge.example');
  await page.getByRole('link', { name: 'Agent console' }).click();
  await page.getByTestId('queue-row').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Triage' })).toBeVisible();
  const operator = page.getByLabel('Operator', { exact: true });
  await operator.selectOption({ label: 'Jonas Viklund' });
  await page.getByRole('button', { name: 'Assign operator' }).click();
  await expect(page.getByText('Operator: Jonas Viklund')).toBeVisible();
  await page.getByRole('button', { name: 'Assign to me' }).click();
  await expect(page.getByText('Operator: Omar Said')).toBeVisible();
  // The choice follows the ticket, so it never shows an assignment the ticket no longer has.
  await expect(operator.locator('option:checked')).toHaveText('Omar Said');
  await expect(page.getByRole('button', { name: 'Assign operator' })).toBeDisabled();
  await expectNoAxeViolations(page);
});
