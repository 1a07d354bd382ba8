import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test.use({ locale: 'en-GB' });

test('staff file a ticket on a phone and an agent sees it appear live in the queue', async ({
  browser,
}) => {
  const agentContext = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  const agent = await agentContext.newPage();
  await signIn(agent, 'omar.said@kavlinge.example');
  await agent.getByRole('link', { name: 'Agent console' }).click();
  await expect(agent.getByRole('heading', { name: 'Queue' })).toBeVisible();
  await expect(agent.getByTestId('queue-row').first()).toBeVisible();

  const phoneContext = await browser.newContext(PHONE);
  const staff = await phoneContext.newPage();
  await signIn(staff, 'JOSA9804');
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const title = `Printer on floor 2 jams ${Date.now()}`;
  await staff.getByLabel('What is the problem?').fill(title);
  await staff.getByLabel('Details').fill('It jams on every second page.');
  await staff.getByRole('button', { name: 'Send ticket' }).click();
  const created = staff
    .getByRole('status')
    .filter({ hasText: /Ticket KAV-\d{4}-\d{4} was created/ });
  await expect(created).toBeVisible();
  await expect(staff.getByTestId('my-ticket').filter({ hasText: title })).toBeVisible();
  await staff.screenshot({ path: 'e2e/test-results/portal-phone.png', fullPage: true });

  // No reload: the subscription brings the ticket to the open console.
  await expect(agent.getByTestId('queue-row').filter({ hasText: title })).toBeVisible();
  await agent.screenshot({ path: 'e2e/test-results/queue-live.png' });
});

test('an empty title is explained and nothing is sent', async ({ page }) => {
  await signIn(page, 'JOSA9804');
  await page.getByRole('button', { name: 'Send ticket' }).click();
  await expect(page.getByText('Write a short summary.')).toBeVisible();
});

test('wrong password shows a clear message', async ({ page }) => {
  await signIn(page, 'JOSA9804', 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
});

test('the sign-in page and the portal have no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page, 'JOSA9804');
  await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the portal speaks Swedish and Norwegian', async ({ browser }) => {
  for (const [locale, heading] of [
    ['sv-SE', 'Logga in'],
    ['nb-NO', 'Logg inn'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await context.close();
  }
});
