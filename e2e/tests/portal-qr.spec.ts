import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

test('the administrator finds a printable QR code to the portal for the municipality', async ({
  page,
}) => {
  await signIn(page, 'AXNS8514');
  await page.getByRole('button', { name: 'Nils Axelsson' }).click();
  await page.getByRole('menuitem', { name: 'Administration' }).click();
  await page.getByRole('tab', { name: 'QR code to the portal' }).click();
  const qr = page.getByRole('img', { name: 'QR code for http://localhost:4000/' }).first();
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.getByText('Scan to reach IT support for Kävlinge kommun')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoAxeViolations(page);
});
