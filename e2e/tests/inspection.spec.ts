import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations, signIn } from '../support/session.js';

/** A fresh English desktop session for one person. */
async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole('link', { name: 'Order and apply' }).first()).toBeVisible();
  return page;
}

async function approve(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Your decision' })).toBeVisible();
  await page.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { name: 'Your decision' })).toHaveCount(0);
}

test('an inspection of a mailbox: three approvals, the union representative reads it, the subject cannot, IT records the result', async ({
  browser,
}) => {
  // Lars, Sara's manager, files it.
  const lars = await as(browser, 'AHLS8022');
  await lars.getByRole('link', { name: 'Order and apply' }).first().click();
  await expect(lars.getByRole('heading', { name: 'Order and apply' })).toBeVisible();
  await lars.getByRole('link', { name: 'Order Inspection of a mailbox or files' }).click();
  await expect(
    lars.getByRole('heading', { name: 'Inspection of a mailbox or files' }),
  ).toBeVisible();
  await expect(lars.getByText(/The person it concerns cannot/)).toBeVisible();
  await lars.getByLabel('Whose mailbox or files?').selectOption({ label: 'Sara Johansson' });
  await lars.getByLabel('What is inspected').selectOption({ label: 'Mailbox' });
  await lars.getByLabel('What exactly').fill('Sent mail 1–30 November to external addresses');
  await lars.getByLabel('Legal ground').selectOption({ label: 'Suspected crime' });
  await lars
    .getByRole('textbox', { name: /^Reason/ })
    .fill('Care records appear to have been sent outside the municipality.');
  await lars.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
  await expectNoAxeViolations(lars, 'form');
  await lars.getByRole('button', { name: 'Sign and send' }).click();
  await expect(lars.getByText('Waiting for approval')).toBeVisible();
  const steps = lars.getByRole('region', { name: 'Approvals' });
  await expect(steps.getByRole('listitem')).toHaveText([
    "The person's manager: Waiting for a decision",
    'HR chief: After the step before',
    'Information security chief: After the step before',
  ]);
  // He filed it: he does not approve it.
  await expect(lars.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expectNoAxeViolations(lars, 'main');
  const path = new URL(lars.url()).pathname;
  await lars.context().close();

  // The manager above him, the HR chief and the information-security chief approve, in turn.
  for (const who of ['NOEA7515', 'WAAA7104', 'LITS7909']) {
    const page = await as(browser, who);
    await approve(page, path);
    await page.context().close();
  }

  // The union representative finds it among the sensitive decisions and reads the decisions.
  const union = await as(browser, 'BEFA8612');
  await union.getByRole('link', { name: 'Order and apply' }).first().click();
  const sensitive = union.getByRole('region', { name: 'Sensitive decisions you may read' });
  await sensitive
    .getByRole('link', { name: 'Open Inspection of a mailbox or files for Sara Johansson' })
    .click();
  await expect(union.getByRole('region', { name: 'Approvals' }).getByRole('listitem')).toHaveText([
    "The person's manager: Approved by Eva Nordin",
    'HR chief: Approved by Annika Wall',
    'Information security chief: Approved by Tobias Lindgren',
  ]);
  await expect(union.getByText(/waiting for IT to carry it out/)).toBeVisible();
  await expect(union.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(union.getByLabel('Result of the inspection')).toHaveCount(0);
  await union.context().close();

  // Sara, whose mailbox it is, gets the same answer as for an order that does not exist.
  const sara = await as(browser, 'JOSA9804');
  await sara.goto(path);
  await expect(
    sara
      .getByRole('alert')
      .or(sara.getByText(/not found/i))
      .first(),
  ).toBeVisible();
  await expect(sara.getByRole('heading', { name: 'Inspection of a mailbox or files' })).toHaveCount(
    0,
  );
  await sara.context().close();

  // The IT lead carries it out and records the result, which completes it.
  const it = await as(browser, 'HOMA8107');
  await it.goto(path);
  const result = it.getByLabel('Result of the inspection');
  await expect(result).toBeVisible();
  await expectNoAxeViolations(it, 'main');
  await result.fill('14 messages with care records to a private address; exported to HR.');
  await it.getByRole('button', { name: 'Record the result' }).click();
  await expect(it.getByText('Completed', { exact: true }).first()).toBeVisible();
  await expect(it.getByText(/14 messages with care records/)).toBeVisible();
  await expect(it.getByText(/Recorded by Maja Holmberg/)).toBeVisible();
  await expect(it.getByRole('button', { name: 'Record the result' })).toHaveCount(0);
  await expectNoAxeViolations(it, 'main');
  await it.context().close();
});
