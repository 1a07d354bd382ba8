import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test.use({ locale: 'en-GB' });

async function subcategoryOptions(staff: Page): Promise<string[]> {
  await staff.reload();
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  await staff.getByLabel('What is it about?').selectOption({ label: 'Computer and printer' });
  const select = staff.getByLabel('More precisely');
  await expect(select).toBeVisible();
  return select.locator('option').allTextContents();
}

test('the Kävlinge administrator adds a subcategory that staff can file under, then withdraws it', async ({
  browser,
}) => {
  const name = `Docking station ${Date.now() % 100000}`;
  const adminContext = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const admin = await adminContext.newPage();
  await signIn(admin, 'AXNS8514');
  await admin.getByRole('button', { name: 'Nils Axelsson' }).click();
  await admin.getByRole('menuitem', { name: 'Administration' }).click();
  await admin.getByRole('tab', { name: 'Categories' }).click();
  // The main category's row comes before its subcategories' rows.
  const printers = admin.getByRole('row').filter({ hasText: 'Computer and printer' }).first();
  await expect(printers).toContainText('Active');
  await expectNoAxeViolations(admin);

  // A duplicate among siblings is refused with a translated field message.
  await admin.getByRole('button', { name: 'Add subcategory to Computer and printer' }).click();
  const nameField = admin.getByRole('textbox', { name: 'Name' });
  await expect(nameField).toBeFocused();
  await nameField.fill('printer');
  await admin.keyboard.press('Enter');
  await expect(
    admin.getByText('Another category at this level already has this name.'),
  ).toBeVisible();
  await expectNoAxeViolations(admin);

  await nameField.fill(name);
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByRole('status')).toContainText(`${name} was saved.`);
  const row = admin.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('subcategory of Computer and printer');
  await expect(row).toContainText('Active');

  const staffContext = await browser.newContext(PHONE);
  const staff = await staffContext.newPage();
  await signIn(staff, 'JOSA9804');
  // Signed in once the portal shows; reloading before that would reload the sign-in page.
  await expect(staff.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  expect(await subcategoryOptions(staff)).toContain(name);

  await admin.getByRole('button', { name: `Deactivate ${name}` }).click();
  await expect(admin.getByRole('status')).toContainText(`${name} is no longer offered.`);
  await expect(row).toContainText('Inactive');
  await expect(admin.getByRole('button', { name: `Reactivate ${name}` })).toBeVisible();
  await expectNoAxeViolations(admin);

  const options = await subcategoryOptions(staff);
  expect(options).toContain('Printer');
  expect(options).not.toContain(name);

  await staffContext.close();
  await adminContext.close();
});
