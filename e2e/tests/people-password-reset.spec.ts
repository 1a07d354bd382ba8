import { expect, test } from '@playwright/test';
import { signIn, expectNoAxeViolations, DEMO_PASSWORD, PHONE } from '../support/session.js';

test('a Kävlinge manager finds an employee, sets a temporary password, and the employee must change it', async ({
  browser,
}) => {
  // Lars Ahlström manages the care home where Elin Persson works.
  const managerContext = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  const manager = await managerContext.newPage();
  await signIn(manager, 'AHLS8022', DEMO_PASSWORD);
  await manager.getByRole('button', { name: 'Lars Ahlström' }).click();
  await manager.getByRole('menuitem', { name: 'Staff' }).click();
  await expect(manager.getByRole('heading', { name: 'Search staff' })).toBeVisible();
  await manager.getByLabel('Name, username, e-mail or person number').fill('Persson');
  await manager.getByRole('button', { name: 'Search' }).click();
  const elin = manager.getByTestId('staff-member').filter({ hasText: 'Elin Persson' });
  await expect(elin).toBeVisible();
  await expect(elin).toContainText('Manager: Lars Ahlström');
  await expect(elin).toContainText('Active');
  await expectNoAxeViolations(manager);

  await elin.getByRole('button', { name: 'Set temporary password' }).click();
  await manager.getByRole('button', { name: 'Yes, set it' }).click();
  const shown = manager.getByTestId('temporary-password');
  await expect(shown).toHaveText(/\S{12,}/);
  const temporary = (await shown.textContent())?.trim() ?? '';
  await manager.getByRole('button', { name: 'Close' }).click();
  await expect(elin).toContainText('Must change password');

  // Elin signs in on her phone with the temporary password and is sent to change it.
  const phone = await browser.newContext(PHONE);
  const employee = await phone.newPage();
  await signIn(employee, 'PEEN9411', DEMO_PASSWORD);
  await expect(employee.getByRole('alert')).toContainText('Wrong username or password.');
  await signIn(employee, 'PEEN9411', temporary);
  await expect(employee.getByRole('heading', { name: 'Change your password' })).toBeVisible();
  await expect(
    employee.getByText('You must choose a new password before you continue.'),
  ).toBeVisible();

  await employee.getByLabel('Current password').fill(temporary);
  await employee.getByLabel(/^New password/).fill('short');
  const rules = employee.getByTestId('password-rules');
  await expect(rules.locator('[data-rule="length"]')).toHaveAttribute('data-met', 'false');
  const save = employee.getByRole('button', { name: 'Save new password' });
  await expect(save).toBeDisabled();
  await employee.getByLabel(/^New password/).fill('Solgarden-2026');
  await employee.getByLabel('Repeat the new password').fill('Solgarden-2026');
  await expect(rules.locator('[data-rule="length"]')).toHaveAttribute('data-met', 'true');
  await expect(rules.locator('[data-rule="classes"]')).toHaveAttribute('data-met', 'true');
  await expect(rules.locator('[data-rule="match"]')).toHaveAttribute('data-met', 'true');
  await expectNoAxeViolations(employee);
  await save.click();

  await expect(employee.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  await employee.getByRole('button', { name: 'Elin Persson' }).click();
  await employee.getByRole('menuitem', { name: 'My profile' }).click();
  await expect(employee.getByRole('heading', { name: 'My profile' })).toBeVisible();
  await expect(employee.getByText('PEEN9411')).toBeVisible();
  await expect(employee.getByText(/Your password expires/)).toBeVisible();
  await expect(employee.getByRole('menu')).toBeHidden();
  await expectNoAxeViolations(employee);

  // The new password works from now on.
  const again = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(again, 'PEEN9411', 'Solgarden-2026');
  await expect(again.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
});
