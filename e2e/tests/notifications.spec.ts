import { expect, test } from '@playwright/test';
import { latestSmsTo } from '../support/outbox.js';
import { expectNoAxeViolations, PHONE, signIn } from '../support/session.js';

test.describe('on the phone', () => {
  test.use(PHONE);

  test('an employee sets notification preferences; paging stays locked on', async ({ page }) => {
    await signIn(page, 'JOSA9804');
    await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
    await page.goto('/profile');
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await expect(page).toHaveURL(/\/profile\/notifications$/);
    await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();

    const paging = page.getByRole('checkbox', { name: 'Paging: SMS' });
    await expect(paging).toBeChecked();
    await expect(paging).toBeDisabled();
    await expect(page.getByTestId('prefs-CRITICAL_PAGE')).toContainText('cannot be turned off');

    // By keyboard: focus the box and press space.
    const mail = page.getByRole('checkbox', { name: 'Announcements: E-mail' });
    await expect(mail).toBeChecked();
    await mail.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toContainText('Saved.');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Announcements: E-mail' })).not.toBeChecked();
    await expectNoAxeViolations(page);

    // Back to the default for the other tests.
    await page.getByRole('checkbox', { name: 'Announcements: E-mail' }).click();
    await expect(page.getByRole('checkbox', { name: 'Announcements: E-mail' })).toBeChecked();
  });

  test('the unread badge counts a new notice live and mark all read clears it', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'JOSA9804');
    await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
    const badge = page.getByTestId('unread-count');
    await expect(badge).toBeVisible();
    const before = Number(await badge.textContent());
    // Sara also wants announcements by SMS (the administrator's SMS outbox shows it below).
    const setSms = (enabled: boolean) =>
      page.request.post('/graphql', {
        data: {
          query:
            'mutation($e: Boolean!) { setNotificationPreferences(changes: [{ event: "ANNOUNCEMENT", channel: "SMS", enabled: $e }]) { enabled } }',
          variables: { e: enabled },
        },
      });
    await setSms(true);
    const since = Date.now() - 1000;

    // Kävlinge's IT lead announces reduced availability two months ahead: everyone is told (in Swedish).
    const lead = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await signIn(lead, 'HOMA8107');
    await expect(lead.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
    const startsAt = new Date(Date.now() + 60 * 24 * 3600_000);
    const res = await lead.request.post('/graphql', {
      data: {
        query:
          'mutation($s: DateTime!, $e: DateTime!) { announceItAbsence(input: { kind: "REDUCED", startsAt: $s, endsAt: $e, note: "Network upgrade" }) { id } }',
        variables: {
          s: startsAt.toISOString(),
          e: new Date(startsAt.getTime() + 3600_000).toISOString(),
        },
      },
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    // Without reloading: the subscription brings the new notice.
    await expect
      .poll(async () => Number(await badge.textContent()), { timeout: 30_000 })
      .toBeGreaterThan(before);
    await page.getByTestId('unread-badge').click();
    await page.getByRole('menuitem', { name: 'Mark all read' }).click();
    await expect(badge).toHaveText('0');
    await expect(page.getByTestId('unread-badge')).toHaveAccessibleName('0 unread notifications');
    // The badge can count the notice before its SMS is sent; switch SMS off only once it has gone.
    await expect
      .poll(() => latestSmsTo('046-73 90 12', since)?.text ?? '', { timeout: 30_000 })
      .toMatch(/IT har begränsad tillgänglighet från/);
    await setSms(false);
  });
});

test('an administrator previews templates, lists outgoing messages and sees the SMS outbox', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(page, 'AXNS8514');
  await expect(page.getByRole('button', { name: 'Nils Axelsson' })).toBeVisible();
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Notifications' }).click();

  const previewBox = page.getByRole('region', { name: 'Template preview' });
  await previewBox.getByLabel('Event').selectOption('TICKET_REPLIED');
  await previewBox.getByLabel('Language').selectOption('en');
  await expect(page.getByTestId('template-preview')).toContainText('KAV-2026-000123');
  await previewBox.getByLabel('Language').selectOption('sv');
  await expect(page.getByTestId('template-preview')).toContainText('Hej Sara');
  // The municipality's own subject, then back to the default.
  await previewBox.getByLabel('Subject template').fill('Kävlinge: {{ticketTitle}}');
  await previewBox.getByRole('button', { name: 'Save text' }).click();
  await expect(previewBox.getByRole('status')).toContainText('Text saved.');
  await expect(page.getByTestId('template-preview')).toContainText(
    'Kävlinge: The printer on floor 2 jams',
  );
  await expect(previewBox).toContainText('This municipality uses its own text.');
  await previewBox.getByLabel('Subject template').fill('Kävlinge: {{nosuch}}');
  await previewBox.getByRole('button', { name: 'Save text' }).click();
  await expect(previewBox.getByRole('alert')).toContainText('unknown or malformed placeholder');
  await previewBox.getByRole('button', { name: 'Back to the default' }).click();
  await expect(previewBox.getByRole('status')).toContainText('Default text restored.');
  await expect(page.getByTestId('template-preview')).not.toContainText('Kävlinge:');

  await page
    .getByRole('region', { name: 'Outgoing messages' })
    .getByLabel('Status')
    .selectOption('SENT');
  await expect(page.getByTestId('outgoing-table')).toBeVisible();

  // The admin page does not update live: reload until the sent SMS is listed (waiting for the list each time).
  const smsItem = page
    .getByTestId('sms-outbox-item')
    .filter({ hasText: 'IT har begränsad tillgänglighet' });
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.getByRole('tab', { name: 'Notifications' }).click();
        return smsItem
          .first()
          .waitFor({ timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  await expectNoAxeViolations(page);
});
