import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test('a manager orders a laptop for one of their people and signs; the next manager up approves; IT gets the ticket', async ({
  browser,
}) => {
  // Lars orders from his phone for Sara, who reports to him.
  const managerContext = await browser.newContext(PHONE);
  const manager = await managerContext.newPage();
  await signIn(manager, 'AHLS8022');
  await manager.getByRole('link', { name: 'Order and apply' }).click();
  await expect(manager.getByRole('heading', { name: 'Order and apply' })).toBeVisible();
  await expectNoAxeViolations(manager, 'main');
  await manager.getByRole('link', { name: 'Order Computer and accessories' }).click();
  await expect(manager.getByRole('heading', { name: 'Computer and accessories' })).toBeVisible();
  await manager.getByLabel('Who is it for?').selectOption({ label: 'Sara Johansson' });
  await manager.getByLabel('Model').selectOption({ label: 'Standard laptop' });
  await manager.getByLabel('Accessories').fill(`Docking station ${Date.now()}`);
  // Signing without the password is refused in place.
  await manager.getByRole('button', { name: 'Sign and send' }).click();
  await expect(manager.getByText('Enter your password to sign')).toBeVisible();
  await manager.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
  await expectNoAxeViolations(manager, 'form');
  await manager.getByRole('button', { name: 'Sign and send' }).click();
  await expect(manager.getByText('Waiting for approval')).toBeVisible();
  await expect(manager.getByText('For Sara Johansson')).toBeVisible();
  await expect(manager.getByText(/Sent by Lars Ahlström/)).toBeVisible();
  // He cannot approve what he ordered himself.
  await expect(manager.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const orderPath = new URL(manager.url()).pathname;
  await managerContext.close();

  // Eva, above Lars, finds it in her inbox and approves it, signing.
  const approverContext = await browser.newContext(PHONE);
  const approver = await approverContext.newPage();
  await signIn(approver, 'NOEA7515');
  await approver.getByRole('link', { name: 'Order and apply' }).click();
  await expect(approver.getByRole('heading', { name: 'Waiting for your decision' })).toBeVisible();
  await approver.goto(orderPath);
  await expect(approver.getByRole('heading', { name: 'Your decision' })).toBeVisible();
  await approver.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
  await expectNoAxeViolations(approver, 'main');
  await approver.getByRole('button', { name: 'Approve' }).click();
  await expect(approver.getByText('Approved', { exact: true }).first()).toBeVisible();
  await expect(approver.getByText(/Approved by Eva Nordin/).first()).toBeVisible();
  await expect(approver.getByText('Verified').first()).toBeVisible();
  const ticketLink = approver.getByRole('link', { name: /^Ticket KAV-\d{4}-\d{4}$/ });
  await expect(ticketLink).toBeVisible();
  const ticketPath = (await ticketLink.getAttribute('href')) ?? '';
  // The signed PDF downloads.
  const download = approver.waitForEvent('download');
  await approver.getByRole('link', { name: 'Download the signed PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/^computer-.*\.pdf$/);
  await approverContext.close();

  // IT sees the fulfilment ticket.
  const agentContext = await browser.newContext({ locale: 'en-GB' });
  const agent = await agentContext.newPage();
  await signIn(agent, 'SAOR9112');
  await expect(agent.getByRole('link', { name: /queue|console/i }).first()).toBeVisible();
  await agent.goto(ticketPath);
  await expect(
    agent.getByRole('heading', { name: 'Computer and accessories – Sara Johansson' }).first(),
  ).toBeVisible();
  await agentContext.close();
});
