import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test('staff name their laptop by its tag on a phone; an agent swaps the linked asset', async ({
  browser,
}) => {
  // Sara files from her phone with the tag on her laptop's sticker, typed in lower case.
  const staffContext = await browser.newContext(PHONE);
  const staff = await staffContext.newPage();
  await signIn(staff, 'JOSA9804');
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const title = `Laptop fan is loud ${Date.now()}`;
  await staff.getByLabel('What is the problem?').fill(title);
  const tag = staff.getByRole('textbox', { name: 'Asset tag (on the sticker)' });
  await tag.fill('kav-nope-9');
  await expect(
    staff.getByText('No device with this tag was found.', { exact: false }),
  ).toBeVisible();
  await tag.fill('kav-pc-01001');
  await expect(staff.getByText('Found: Lenovo ThinkPad T14')).toBeVisible();
  await expectNoAxeViolations(staff, 'form');
  await staff.getByRole('button', { name: 'Send ticket' }).click();
  await expect(
    staff.getByRole('status').filter({ hasText: /Ticket KAV-\d{4}-\d{4} was created/ }),
  ).toBeVisible();
  await staff.getByTestId('my-ticket').filter({ hasText: title }).getByRole('link').first().click();
  await expect(staff.getByRole('heading', { name: title })).toBeVisible();
  await expect(staff.getByTestId('ticket-asset')).toHaveText('Lenovo ThinkPad T14 (KAV-PC-01001)');
  // Staff see the asset but cannot change it.
  await expect(staff.getByRole('searchbox', { name: 'Find an asset' })).toHaveCount(0);
  const ticketUrl = new URL(staff.url()).pathname;
  await staffContext.close();

  // The agent sees it, unlinks it, and links another found by tag.
  const agentContext = await browser.newContext({ locale: 'en-GB' });
  const agent = await agentContext.newPage();
  await signIn(agent, 'SAOR9112');
  await expect(agent.getByRole('link', { name: /queue|console/i }).first()).toBeVisible();
  await agent.goto(ticketUrl);
  await expect(agent.getByRole('heading', { name: title })).toBeVisible();
  const linked = agent.getByTestId('ticket-asset');
  await expect(linked).toHaveText('Lenovo ThinkPad T14 (KAV-PC-01001)');
  await agent.getByRole('button', { name: 'Unlink asset' }).click();
  await expect(linked).toHaveText('No asset linked.');

  await agent.getByRole('searchbox', { name: 'Find an asset' }).fill('kav-pc-01002');
  await expect(agent.getByRole('button', { name: /Link KAV-PC-01002/ })).toBeVisible();
  await expectNoAxeViolations(agent, 'section[aria-labelledby="ticket-asset-title"]');
  await agent.getByRole('button', { name: /Link KAV-PC-01002/ }).click();
  await expect(linked).toHaveText('HP EliteBook 840 (KAV-PC-01002)');
  const timeline = agent.getByTestId('timeline-entry');
  await expect(timeline.filter({ hasText: 'KAV-PC-01001' }).first()).toBeVisible();
  await expect(timeline.filter({ hasText: 'KAV-PC-01002' })).toHaveCount(1);
  await agentContext.close();
});

test('the Kävlinge administrator keeps the asset register', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const admin = await context.newPage();
  await signIn(admin, 'AXNS8514');
  await admin.getByRole('button', { name: 'Nils Axelsson' }).click();
  await admin.getByRole('menuitem', { name: 'Administration' }).click();
  await admin.getByRole('tab', { name: 'Assets' }).click();
  await admin.getByRole('searchbox', { name: 'Search by tag or name' }).fill('kav-pr');
  await expect(admin.getByTestId('asset-row').first()).toContainText('KAV-PR-');
  await expectNoAxeViolations(admin);

  // A tag already in use is refused with a translated field message.
  await admin.getByRole('textbox', { name: 'Asset tag' }).fill('kav-pr-01001');
  await admin.getByRole('textbox', { name: 'Name' }).fill('Ricoh IM C3000');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Another asset already has this tag.')).toBeVisible();

  const tag = `KAV-PR-${Date.now() % 100000}`;
  await admin.getByRole('textbox', { name: 'Asset tag' }).fill(tag.toLowerCase());
  await admin.getByLabel('Kind').selectOption({ label: 'Printer' });
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByRole('status')).toContainText('Saved.');
  await admin.getByRole('searchbox', { name: 'Search by tag or name' }).fill(tag);
  const row = admin.getByTestId('asset-row').filter({ hasText: tag });
  await expect(row).toContainText('In use');
  await row.getByRole('button', { name: `Deactivate ${tag}` }).click();
  await expect(row).toContainText('Deactivated');
  await context.close();
});

test('an agent keeps the asset register from the console', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const agent = await context.newPage();
  await signIn(agent, 'SAOR9112');
  await agent.getByRole('navigation').getByRole('link', { name: 'Assets' }).click();
  await expect(agent).toHaveURL(/\/assets$/);
  await expect(agent.getByRole('heading', { level: 1, name: 'Asset register' })).toBeVisible();
  // Omar serves Kävlinge and Burlöv; the register opens on his own municipality.
  await expect(agent.getByLabel('Municipality')).toBeVisible();

  await agent.getByRole('searchbox', { name: 'Search by tag or name' }).fill('kav-pc-01001');
  await expect(agent.getByTestId('asset-row')).toHaveCount(1);
  await expect(agent.getByTestId('asset-row')).toContainText('Lenovo ThinkPad T14');
  await expectNoAxeViolations(agent);

  const tag = `KAV-PC-${Date.now() % 100000}`;
  await agent.getByRole('textbox', { name: 'Asset tag' }).fill(tag.toLowerCase());
  await agent.getByRole('textbox', { name: 'Name' }).fill('Dell Latitude 5440');
  await agent.getByRole('textbox', { name: 'Location' }).fill('Library');
  await agent.getByRole('button', { name: 'Save' }).click();
  await expect(agent.getByRole('status')).toContainText('Saved.');
  await agent.getByRole('searchbox', { name: 'Search by tag or name' }).fill(tag);
  const row = agent.getByTestId('asset-row').filter({ hasText: tag });
  await expect(row).toContainText('Dell Latitude 5440');
  await expect(row).toContainText('In use');
  await expectNoAxeViolations(agent);
  await context.close();
});
