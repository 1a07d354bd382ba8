import { expect, test } from '@playwright/test';
import { latestSmsTo } from '../support/outbox.js';
import { expectNoAxeViolations, PHONE, submitSignIn } from '../support/session.js';

test.use(PHONE);

test('an employee who forgot the password gets a code by SMS on the phone and chooses a new one', async ({
  page,
}) => {
  const since = Date.now() - 1000;
  await page.goto('/');
  await page.getByRole('button', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('Work e-mail or username').fill('PEEN9411');
  await page.getByLabel('SMS to my mobile').check();
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByRole('status')).toContainText('a code is on its way');

  // Elin Persson's registered mobile in the demo data.
  await expect.poll(() => latestSmsTo('046-73 90 13', since)?.text ?? '').toMatch(/\d{6}/);
  const code = /(\d{6})/.exec(latestSmsTo('046-73 90 13', since)?.text ?? '')?.[1] ?? '';

  await page.getByRole('textbox', { name: /^Code/ }).fill(code === '000000' ? '111111' : '000000');
  await page.getByLabel(/^New password/).fill('Kvarnen-2026x');
  await page.getByLabel('Repeat the new password').fill('Kvarnen-2026x');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('The code is wrong or has expired.');

  await page.getByRole('textbox', { name: /^Code/ }).fill(code);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed.');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Back to sign in' }).first().click();
  await submitSignIn(page, 'PEEN9411', 'Kvarnen-2026x');
  await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
});
