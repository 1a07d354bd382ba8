import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test.use({ locale: 'en-GB' });

test('a manager files for an employee; an agent records a phone call and changes both in bulk', async ({
  browser,
}) => {
  // The manager, on a phone, files for one of their own people.
  const phone = await browser.newContext(PHONE);
  const manager = await phone.newPage();
  await signIn(manager, 'AHLS8022');
  await expect(manager.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const forWhom = manager.getByLabel('Who is the ticket for?');
  await expect(forWhom).toBeVisible();
  await forWhom.selectOption({ label: 'Sara Johansson (Assistant nurse)' });
  const stamp = `bulk${Date.now()}`;
  const managerTitle = `Sara's badge does not open the ward door ${stamp}`;
  await manager.getByLabel('What is the problem?').fill(managerTitle);
  await manager.getByRole('button', { name: 'Send ticket' }).click();
  const created = manager.getByRole('status').filter({ hasText: /Ticket KAV-\d{4}-\d{4} was/ });
  await expect(created).toBeVisible();
  const managerNumber = /KAV-\d{4}-\d{4}/.exec((await created.textContent()) ?? '')![0];

  // The agent records a phone call for Sara from the console.
  const desk = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  const agent = await desk.newPage();
  await signIn(agent, 'omar.said@kavlinge.example');
  await agent.getByRole('link', { name: 'Agent console' }).click();
  await expect(agent.getByRole('heading', { name: 'Queue' })).toBeVisible();
  await agent.getByRole('button', { name: 'New ticket' }).click();
  const dialog = agent.getByRole('region', { name: 'New ticket for a caller' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Find the caller').fill('Johansson');
  const caller = dialog.getByRole('combobox', { name: 'Caller' });
  await expect(caller.locator('option', { hasText: 'Sara Johansson' })).toHaveCount(1);
  await caller.selectOption({ label: 'Sara Johansson, Assistant nurse (KAV)' });
  await dialog.getByRole('combobox', { name: 'How did they reach you?' }).selectOption('PHONE');
  const callTitle = `Phone: cannot log in to the care journal ${stamp}`;
  await dialog.getByRole('textbox', { name: 'Title' }).fill(callTitle);
  await dialog.getByLabel('Minutes spent').fill('6');
  await expectNoAxeViolations(agent, 'section[aria-labelledby=record-ticket-title]');
  await dialog.getByRole('button', { name: 'Record ticket' }).click();
  const recorded = agent.getByRole('status').filter({ hasText: /Ticket KAV-\d{4}-\d{4} recorded/ });
  await expect(recorded).toBeVisible();
  const callNumber = /KAV-\d{4}-\d{4}/.exec((await recorded.textContent()) ?? '')![0];

  // Both tickets are in the open queue; the agent takes them to second line as HIGH.
  await agent.getByRole('textbox', { name: 'Search' }).fill(stamp);
  await agent.getByRole('textbox', { name: 'Search' }).press('Enter');
  await expect(agent.getByTestId('queue-row').filter({ hasText: callTitle })).toBeVisible();
  await expect(agent.getByTestId('queue-row').filter({ hasText: managerTitle })).toBeVisible();
  await agent.getByLabel(`Select ${callNumber}`).check();
  await agent.getByLabel(`Select ${managerNumber}`).check();
  await agent
    .getByRole('combobox', { name: 'Operator group' })
    .selectOption({ label: 'Infrastructure (line 2)' });
  await agent
    .getByRole('combobox', { name: 'Operator', exact: true })
    .selectOption({ label: 'Me' });
  await agent.getByRole('combobox', { name: 'Priority', exact: true }).last().selectOption('HIGH');
  await agent.getByRole('button', { name: 'Apply' }).click();
  await expect(agent.getByText('Say why you set the priority by hand.')).toBeVisible();
  await agent.getByLabel('Reason for the priority').fill('Ward cannot document care');
  await agent.getByRole('button', { name: 'Apply' }).click();
  await expect(
    agent.getByRole('status').filter({ hasText: '2 changed, 0 not changed.' }),
  ).toBeVisible();
  const row = agent.getByTestId('queue-row').filter({ hasText: callTitle });
  await expect(row).toContainText('High');
  await expect(row).toContainText('Omar');

  // The timeline says how the call came in.
  await row.getByRole('link', { name: callTitle }).click();
  await expect(
    agent.getByTestId('timeline-entry').filter({ hasText: 'Channel: — → Phone' }),
  ).toBeVisible();

  await phone.close();
  await desk.close();
});

test('an administrator sets after how many business days resolved tickets close', async ({
  page,
}) => {
  await signIn(page, 'AXNS8514');
  await page.getByRole('button', { name: 'Nils Axelsson' }).click();
  await page.getByRole('menuitem', { name: 'Administration' }).click();
  const form = page.getByRole('form', { name: 'Closing resolved tickets' });
  const days = form.getByLabel('Close resolved tickets after (business days)');
  await expect(days).toHaveValue('5');
  await days.fill('61');
  await days.press('Tab');
  await expect(days).toHaveValue('60'); // kept inside 0–60 as you type
  await days.fill('3');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectNoAxeViolations(page, 'form[aria-label="Closing resolved tickets"]');
  await page.reload();
  await expect(
    page
      .getByRole('form', { name: 'Closing resolved tickets' })
      .getByLabel('Close resolved tickets after (business days)'),
  ).toHaveValue('3');
  await page
    .getByRole('form', { name: 'Closing resolved tickets' })
    .getByLabel('Close resolved tickets after (business days)')
    .fill('5');
  await page
    .getByRole('form', { name: 'Closing resolved tickets' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
});
