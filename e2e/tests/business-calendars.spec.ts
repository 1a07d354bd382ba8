import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

test('an IT lead edits a business calendar: overlapping hours are refused per field, then saved', async ({
  page,
}) => {
  // Kävlinge's IT lead, who also serves Burlöv.
  await signIn(page, 'HOMA8107');
  await page.getByRole('link', { name: 'Calendars' }).click();
  await expect(page.getByRole('heading', { name: 'Business calendars' })).toBeVisible();
  await expect(page.getByLabel('Calendar', { exact: true })).toContainText('IT_CORE');

  // A new calendar starts as a copy of the one shown, so the demo calendars stay as they are.
  const name = `E2E_${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel('New calendar name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();

  const monday = page.getByTestId('weekday-1');
  await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
  await monday.getByLabel('Monday: opens').last().fill('10:00');
  await monday.getByLabel('Monday: closes').last().fill('12:00');
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('alert')).toContainText('The calendar was not saved');
  await expect(monday.getByText(/Not valid:/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await monday.getByRole('button', { name: /Remove Monday 10:00–12:00/ }).click();
  await page.getByLabel('Closed dates: Date').fill('2026-12-30');
  await page
    .getByRole('group', { name: 'Closed dates' })
    .getByRole('button', { name: 'Add date' })
    .click();
  await page.getByLabel('Re-opened dates: Date').fill('2026-06-19');
  await page
    .getByRole('group', { name: 'Re-opened dates' })
    .getByRole('button', { name: 'Add date' })
    .click();
  await page.getByRole('button', { name: 'Save calendar' }).click();
  await expect(page.getByRole('status')).toContainText('Calendar saved.');
  await expect(page.getByLabel('Calendar', { exact: true })).toContainText(name);
  await expect(page.getByRole('button', { name: 'Remove 2026-12-30' })).toBeVisible();
  await expectNoAxeViolations(page);

  // SLA targets and critical timers: out-of-range values are refused on the field.
  const high = page.getByTestId('sla-HIGH');
  const response = high.getByLabel('High: response (minutes)');
  const before = await response.inputValue();
  await response.fill('0');
  await high.getByRole('button', { name: 'Save High' }).click();
  await expect(high.getByText('Use whole minutes from 1 to 100 000.')).toBeVisible();
  await response.fill(before);
  await high.getByRole('button', { name: 'Save High' }).click();
  await expect(high.getByRole('status')).toContainText('Saved.');
  const timers = page.getByRole('region', { name: 'Critical timers' });
  const repages = timers.getByLabel('Times to page again');
  const repagesBefore = await repages.inputValue();
  await repages.fill('99');
  await timers.getByRole('button', { name: 'Save timers' }).click();
  await expect(timers.getByText('Use a whole number from 0 to 20.')).toBeVisible();
  await expectNoAxeViolations(page);
  await repages.fill(repagesBefore);
  await timers.getByRole('button', { name: 'Save timers' }).click();
  await expect(timers.getByRole('status')).toContainText('Saved.');

  // The on-call planning page with municipalities and units to choose from.
  await page.goto('/oncall');
  await expect(page.getByText('Municipalities covered')).toBeVisible();
  await expect(page.getByText('Units covered in Kävlinge kommun')).toBeVisible();
  await expect(page.getByLabel('Vård och omsorg')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an employee cannot open the calendars page', async ({ page }) => {
  await signIn(page, 'JOSA9804');
  await expect(page.getByRole('link', { name: 'Calendars' })).toHaveCount(0);
  await page.goto('/calendars');
  await expect(page.getByRole('heading', { name: 'Business calendars' })).toHaveCount(0);
});
