import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

async function desktop(browser: Browser, who: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(page, who);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

/** A datetime-local value `offsetMs` from now, in the browser's zone. */
function local(page: Page, offsetMs: number): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date(Date.now() + offset);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, offsetMs);
}

test('an agent announces an outage linked to a major incident; staff join as affected on a phone', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // A Kävlinge employee reports the problem first; the agent makes it the major incident.
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const staff = await context.newPage();
  await signIn(staff, 'JOSA9804');
  await expect(staff.getByRole('heading', { name: 'What do you need?' })).toBeVisible();
  const filed = await staff.request.post('/graphql', {
    data: {
      query: 'mutation($t: String!) { createTicket(input: { title: $t }) { id number } }',
      variables: { t: `Nobody gets e-mail ${Date.now()}` },
    },
  });
  const incident = (
    (await filed.json()) as { data: { createTicket: { id: string; number: string } } }
  ).data.createTicket;
  const number = incident.number;

  const agent = await desktop(browser, 'omar.said@kavlinge.example');
  await agent.goto(`/tickets/${incident.id}`);
  // The box follows the saved state, so it turns checked once the server has answered.
  await agent.getByLabel('This is a major incident').click();
  await expect(agent.getByLabel('This is a major incident')).toBeChecked();

  const title = `E-mail is down ${Date.now()}`;
  await agent.getByRole('link', { name: 'Announcements' }).click();
  await expect(agent.getByRole('heading', { name: 'Announcements', level: 1 })).toBeVisible();
  const form = agent.getByRole('region', { name: 'Publish an announcement' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByLabel('Starts').fill(await local(agent, -60_000));
  await form.getByLabel('Ends').fill(await local(agent, 3 * 3600_000));
  await form.getByRole('combobox', { name: 'Major incident' }).click();
  await agent.getByRole('option', { name: new RegExp(number) }).click();
  await form.getByRole('button', { name: 'Publish' }).click();
  await expect(agent.getByRole('status')).toContainText('Published.');
  const managed = agent.getByTestId('managed-announcement').filter({ hasText: title });
  await expect(managed).toContainText(`${number} · 0 people affected`);
  await expectNoAxeViolations(agent);

  // On her phone she sees it on the portal and says it affects her too.
  await staff.reload();
  const shown = staff.getByTestId('announcement').filter({ hasText: title });
  await expect(shown).toContainText('Outage');
  await expect(shown).toContainText(`We know about this and are working on it (${number})`);
  await expectNoAxeViolations(staff);
  await shown.getByRole('button', { name: 'This affects me too' }).click();
  await expect(shown.getByRole('status')).toContainText('You are counted as affected');
  await staff.reload();
  await expect(shown.getByRole('status')).toContainText('You are counted as affected');
  await expect(shown.getByRole('button', { name: 'This affects me too' })).toHaveCount(0);
  const overflow = await staff.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // The agent sees her counted, on the announcements page and in the console.
  await agent.reload();
  await expect(managed).toContainText(`${number} · 1 person affected`);
  await agent.goto('/console');
  await expect(
    agent.getByTestId('announcement').filter({ hasText: title }).getByTestId('affected-count'),
  ).toHaveText('1 person affected');

  // Ended, it leaves the portal.
  await agent.goto('/announcements');
  await managed.getByRole('button', { name: /End now/ }).click();
  await expect(agent.getByRole('status')).toContainText('Ended.');
  await staff.reload();
  await expect(staff.getByRole('heading', { name: 'What do you need?' })).toBeVisible();
  await expect(staff.getByTestId('announcement').filter({ hasText: title })).toHaveCount(0);
  await context.close();
  await agent.context().close();
});
