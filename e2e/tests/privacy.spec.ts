import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PHONE, signIn } from '../support/session.js';

test.describe('on a phone, signed out', () => {
  test.use(PHONE);

  test('the privacy notice is reachable from the sign-in page without signing in', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.getByRole('link', { name: 'Privacy notice' }).click();
    await expect(page.getByRole('heading', { name: 'Privacy notices', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Kävlinge kommun' }).click();
    await expect(page.getByRole('heading', { name: 'Privacy notice', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kävlinge kommun', level: 2 })).toBeVisible();
    await expect(page.getByText('Kävlinge kommun is the controller')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your rights' })).toBeVisible();
    await expectNoAxeViolations(page);
    // Still signed out: back leads to the sign-in form.
    await page.getByRole('link', { name: 'Back to Linje' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
});

test.describe('administration', () => {
  test.use({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

  test('an administrator sets ticket retention, downloads a person’s data as PDF and JSON, and erases them', async ({
    page,
  }) => {
    await signIn(page, 'AXNS8514');
    await expect(page.getByRole('link', { name: 'Privacy notice' })).toBeVisible();
    await page.getByRole('button', { name: 'Nils Axelsson' }).click();
    await page.getByRole('menuitem', { name: 'Administration' }).click();
    await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();

    // Retention: out of range is refused with a clear message, then five years is saved.
    await page.getByRole('tab', { name: 'Privacy' }).click();
    const retention = page.getByRole('form', { name: 'Ticket retention' });
    const years = retention.getByLabel('Anonymise closed tickets after (years)');
    // The notice editor loads lazily below; wait for it so nothing moves under the click.
    await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
    await years.fill('40');
    await retention.getByRole('button', { name: 'Save' }).click();
    await expect(
      retention.getByText('Give whole years from 1 to 30, or leave it empty.'),
    ).toBeVisible();
    await years.fill('5');
    await retention.getByRole('button', { name: 'Save' }).click();
    await expect(retention.getByRole('status')).toContainText('Saved.');
    await expect(page.getByText('The default text is shown.')).toBeVisible();
    await expectNoAxeViolations(page);

    // The administrators' own text (here the default, edited) replaces the default, and back.
    const notice = page.getByRole('form', { name: 'Privacy notice' });
    await notice.getByRole('textbox', { name: 'Your own text' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Dataskyddsombud: dso@kavlinge.example.');
    await notice.getByRole('button', { name: 'Save notice' }).click();
    await expect(notice.getByText('Your own text is shown.')).toBeVisible();
    await notice.getByRole('button', { name: 'Use the default text' }).click();
    await expect(notice.getByText('The default text is shown.')).toBeVisible();

    // The notice tells everyone the rule.
    await page.getByRole('link', { name: 'See the notice' }).click();
    await expect(page.getByText('Closed tickets are anonymised 5 years after')).toBeVisible();
    await page.goBack();

    // A person to answer a request for, registered here so no other spec misses them.
    await page.getByRole('tab', { name: 'People' }).click();
    const surname = `Raderas${Date.now().toString(36)}`;
    await page.getByLabel('Given name').fill('Vera');
    await page.getByLabel('Surname').fill(surname);
    await page.getByLabel('Birth date (YYYY-MM-DD)').fill('1985-03-14');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByText(`Vera ${surname} was registered as`)).toBeVisible();

    const panel = page.getByRole('search', { name: 'Find person' });
    await panel.getByLabel('Find person').fill(surname);
    await panel.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('combobox', { name: 'Person', exact: true }).click();
    await page.getByRole('option', { name: new RegExp(`Vera ${surname}`) }).click();

    const pdf = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download as PDF' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toMatch(/^linje-person-.*\.pdf$/);
    let head = '';
    for await (const chunk of await pdfFile.createReadStream()) {
      head += String(chunk);
      if (head.length > 5) break;
    }
    expect(head.slice(0, 5)).toBe('%PDF-');

    const json = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as JSON' }).click();
    const jsonFile = await json;
    expect(jsonFile.suggestedFilename()).toMatch(/^linje-person-.*\.json$/);
    let text = '';
    for await (const chunk of await jsonFile.createReadStream()) text += String(chunk);
    expect(text).toContain(surname);

    // Erasure asks for a reason and a confirmation.
    await page.getByRole('button', { name: 'Erase person…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase Vera ${surname}` });
    await expect(dialog.getByRole('button', { name: 'Erase permanently' })).toBeDisabled();
    await dialog.getByLabel('I understand that the erasure cannot be undone').check();
    await dialog.getByRole('button', { name: 'Erase permanently' }).click();
    await expect(dialog.getByText('Give the reason, at least 3 characters.')).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Reason (e.g. the request’s reference number)').fill('Request 2026/42');
    await dialog.getByRole('button', { name: 'Erase permanently' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'was erased' })).toContainText(
      `Vera ${surname} was erased. Records now show “P-`,
    );
    await expectNoAxeViolations(page);

    // Back to keeping tickets: other specs expect no rule.
    await page.getByRole('tab', { name: 'Privacy' }).click();
    await retention.getByLabel('Anonymise closed tickets after (years)').fill('');
    await retention.getByRole('button', { name: 'Save' }).click();
    await expect(retention.getByRole('status')).toContainText('Saved.');
  });
});
