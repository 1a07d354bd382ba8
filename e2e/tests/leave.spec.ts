import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations, PHONE, signIn } from '../support/session.js';

const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'artifacts');
const REASON = 'We are short-staffed that week; take the week after instead.';

/** Sara applies from her phone; Lars, her manager, decides at his desk. */
async function as(browser: Browser, username: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext(phone ? PHONE : { locale: 'en-GB' });
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole('link', { name: 'Order and apply' }).first()).toBeVisible();
  return page;
}

async function decide(browser: Browser, orderPath: string, approve: boolean): Promise<void> {
  const lars = await as(browser, 'AHLS8022', false);
  await lars.goto(orderPath);
  await expect(lars.getByRole('heading', { name: 'Your decision' })).toBeVisible();
  if (!approve) {
    // Rejecting needs a reason.
    await lars.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
    await lars.getByRole('button', { name: 'Reject' }).click();
    await expect(lars.getByText('Required', { exact: true })).toBeVisible();
    await lars.getByRole('textbox', { name: /^Reason/ }).fill(REASON);
  }
  await lars.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
  await expectNoAxeViolations(lars, 'main');
  await lars.getByRole('button', { name: approve ? 'Approve' : 'Reject' }).click();
  await expect(lars.getByRole('heading', { name: 'Your decision' })).toHaveCount(0);
  await expect(
    lars.getByText(approve ? 'Approved' : 'Rejected', { exact: true }).first(),
  ).toBeVisible();
  await lars.context().close();
}

test('a leave application: rejected with a reason, dates corrected and signed again with e-ID, approved, to payroll; the signed PDF verifies', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Sara applies for a week of vacation from her phone and signs with her password.
  const sara = await as(browser, 'JOSA9804', true);
  await sara.getByRole('link', { name: 'Order and apply' }).first().click();
  await sara.getByRole('link', { name: 'Order Leave application' }).click();
  await expect(sara.getByRole('heading', { name: 'Leave application' })).toBeVisible();
  await sara.getByLabel('Kind of leave').selectOption({ label: 'Vacation' });
  await sara.getByRole('textbox', { name: 'From', exact: true }).fill('2027-03-15');
  await sara.getByRole('textbox', { name: 'To', exact: true }).fill('2027-03-19');
  await sara.getByLabel('Extent (%)').fill('100');
  await sara.getByLabel('Message').fill('Skidresa till Åre med familjen – åter måndag.');
  // e-ID is offered beside the password; the password is the default.
  await expect(sara.getByRole('radio', { name: 'With my password' })).toBeChecked();
  await sara.getByLabel('Your password (to sign)').fill(DEMO_PASSWORD);
  await expectNoAxeViolations(sara, 'form');
  await sara.getByRole('button', { name: 'Sign and send' }).click();
  await expect(sara.getByText('Waiting for approval')).toBeVisible();
  await expect(sara.getByText('Signed with password')).toBeVisible();
  const orderPath = new URL(sara.url()).pathname;

  // Lars rejects it, with a reason.
  await decide(browser, orderPath, false);

  // Sara sees the rejection and why; only the dates (and the extent) are open to change.
  await sara.reload();
  await expect(sara.getByRole('status').filter({ hasText: `Rejected: ${REASON}` })).toBeVisible();
  const correct = sara.getByRole('region', { name: 'Correct and send again' });
  await expect(correct.getByLabel('Kind of leave')).toBeDisabled();
  await expect(correct.getByLabel('Message')).toBeDisabled();
  await expect(correct.getByRole('textbox', { name: 'From', exact: true })).toBeEditable();
  await expect(correct.getByRole('textbox', { name: 'To', exact: true })).toBeEditable();
  await expect(correct.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(
    '2027-03-15',
  );
  await expectNoAxeViolations(sara, 'main');
  await correct.getByRole('textbox', { name: 'From', exact: true }).fill('2027-03-22');
  await correct.getByRole('textbox', { name: 'To', exact: true }).fill('2027-03-26');

  // She signs the correction with e-ID: the BankID simulator's "app" approves after a few polls.
  await correct.getByRole('radio', { name: 'With e-ID (BankID)' }).check();
  await expect(correct.getByLabel('Your password (to sign)')).toHaveCount(0);
  await expect(correct.getByText('approve it in your BankID app')).toBeVisible();
  await expectNoAxeViolations(sara, 'main');
  // A first try she cancels while the app waits: nothing is sent.
  await correct.getByRole('button', { name: 'Sign and send again' }).click();
  const dialog = sara.getByRole('dialog', { name: 'Sign with e-ID' });
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(correct.getByRole('alert')).toHaveText(
    'You cancelled the e-ID signing; nothing was sent.',
  );
  await expect(sara.getByText('Rejected', { exact: true }).first()).toBeVisible();

  await correct.getByRole('button', { name: 'Sign and send again' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    /Start your BankID app\.|Enter your security code in the BankID app and choose Sign\./,
  );
  await expect(dialog.getByRole('link', { name: 'Open BankID on this device' })).toHaveAttribute(
    'href',
    /^bankid:\/\/\/\?autostarttoken=[0-9a-f-]{36}&redirect=null$/,
  );
  await expect(
    dialog.getByRole('img', { name: 'QR code to scan with the BankID app' }),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await sara.screenshot({ path: path.join(ARTIFACTS, 'leave-eid-dialog.png') });
  await expectNoAxeViolations(sara, '[role="dialog"]');
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(sara.getByText('Waiting for approval')).toBeVisible();
  await expect(sara.getByText('Version 2', { exact: false }).first()).toBeVisible();
  await expect(sara.getByText('Signed with e-ID (BankID)')).toBeVisible();
  await expect(sara.getByRole('region', { name: 'Correct and send again' })).toHaveCount(0);

  // Lars approves the new dates; it goes to payroll.
  await decide(browser, orderPath, true);

  await sara.reload();
  await expect(sara.getByText('Approved', { exact: true }).first()).toBeVisible();
  const delivery = sara.getByRole('region', { name: 'Delivery' });
  await expect(delivery.getByText('Sent to Payroll')).toBeVisible();
  await expect(delivery.getByRole('link', { name: /^Ticket [A-Z]+-\d{4}-\d{4}$/ })).toBeVisible();
  const signatures = sara.getByRole('region', { name: 'Signatures' });
  await expect(signatures.getByRole('listitem')).toHaveCount(4);
  await expect(signatures.getByRole('listitem').nth(2)).toContainText('Sent by Sara Johansson');
  await expect(signatures.getByRole('listitem').nth(2)).toContainText('Signed with e-ID (BankID)');
  await expect(signatures.getByRole('listitem').nth(3)).toContainText('Approved by Lars Ahlström');
  await expect(signatures.getByText('Verified')).toHaveCount(4);
  await expectNoAxeViolations(sara, 'main');

  // The signed PDF downloads, is a PDF, and hashes to what the server verified.
  const documentRegion = sara.getByRole('region', { name: 'Signed PDF' });
  await expect(documentRegion.getByText('Verified')).toBeVisible();
  const shown = ((await documentRegion.locator('pre, code').first().textContent()) ?? '')
    .replace('SHA-256', '')
    .trim();
  expect(shown).toMatch(/^[0-9a-f]{64}$/);
  const download = sara.waitForEvent('download');
  await documentRegion.getByRole('link', { name: 'Download the signed PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdfPath = path.join(ARTIFACTS, 'leave-application.pdf');
  await file.saveAs(pdfPath);
  const bytes = fs.readFileSync(pdfPath);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
  await sara.context().close();

  // The first page as an image, to look at (Debian's poppler-utils).
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '110',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    path.join(ARTIFACTS, 'leave-application'),
  ]);
  const png = fs.readFileSync(path.join(ARTIFACTS, 'leave-application.png'));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});
