import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

test('an administrator imports people from HR, sees the skipped rows, and reviews the municipality’s rules', async ({
  page,
}) => {
  await signIn(page, 'AXNS8514');
  await page.getByRole('button', { name: 'Nils Axelsson' }).click();
  await page.getByRole('menuitem', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();

  // Municipality settings: the seed 004 policy and Kävlinge's remote-access rule.
  await expect(page.getByLabel('Minimum length')).toHaveValue('8');
  await expect(page.getByLabel('Failed sign-ins before lockout (0 = never)')).toHaveValue('3');
  await expect(
    page.getByLabel('Remote access is ordered by the manager naming the computer'),
  ).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Org units' }).click();
  // Solgården's unit sits under Vård och omsorg and is headed by Lars Ahlström.
  const sol = page.getByRole('row').filter({ hasText: 'VO-SOL' });
  await expect(sol).toContainText('Vård och omsorg');
  await expect(sol).toContainText('Lars Ahlström');
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'HR import' }).click();
  const csv = [
    'personNumber;givenName;surname;birthDate;managerPersonNumber;orgUnitCode;orgUnitName',
    'E2E1;Greta;Lind;1970-05-20;;KULT;Kultur',
    'E2E2;Olle;Berg;1988-01-31;E2E1;KULT;Kultur',
    'E2E3;Nils;Nobody;1990-01-01;NOPE;;',
  ].join('\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('HR file').click();
  await (
    await chooser
  ).setFiles({
    name: 'hr.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByRole('status')).toContainText(
    '3 rows: 2 created, 0 updated (0 moved, 0 ended), 0 unchanged, 1 skipped.',
  );
  await expect(page.getByRole('row').filter({ hasText: 'E2E3' })).toContainText(
    'manager NOPE is neither in the file nor registered',
  );
  await expectNoAxeViolations(page);

  // The same file again changes nothing.
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('0 created, 0 updated');

  // A shared IT team: Burlöv's technician is let in to serve Kävlinge, then withdrawn.
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByText('Nobody from another municipality serves this one.')).toBeVisible();
  await page.getByLabel('Username of the IT staff member').fill('JOSA9804');
  await page.getByRole('button', { name: 'Give access' }).click();
  await expect(page.getByText('No IT staff member has that username.')).toBeVisible();
  await page.getByLabel('Username of the IT staff member').fill('BELA8819');
  await page.getByRole('button', { name: 'Give access' }).click();
  const lena = page.getByRole('row').filter({ hasText: 'Lena Berg' });
  await expect(lena).toContainText('Burlövs kommun');
  await expectNoAxeViolations(page);
  await lena.getByRole('button', { name: 'Withdraw access for Lena Berg' }).click();
  await expect(page.getByText('Nobody from another municipality serves this one.')).toBeVisible();
});
