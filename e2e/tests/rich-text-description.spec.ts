import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test.use(PHONE);

/** What the browser refused under the Content-Security-Policy (the editor must need nothing more). */
function cspRefusalsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** Every dialog a page opens (an alert() from injected markup would be one). */
function dialogsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function openMyTicket(page: Page, title: string): Promise<void> {
  await page.getByTestId('my-ticket').filter({ hasText: title }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('staff format a description on a phone; the ticket page shows the formatting', async ({
  page,
}) => {
  const dialogs = dialogsOf(page);
  const refused = cspRefusalsOf(page);
  await signIn(page, 'JOSA9804');
  await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const title = `Docking station flickers ${Date.now()}`;
  await page.getByLabel('What is the problem?').fill(title);

  const editor = page.getByRole('textbox', { name: 'Details' });
  await expect(editor).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await editor.click();
  await page.keyboard.type('The screen ');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('flickers');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type(' when:');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('the laptop is docked');
  await page.keyboard.press('Enter');
  await page.keyboard.type('a second monitor is on');

  // The toolbar is reached and used from the keyboard: arrow keys move along it.
  await toolbar.getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Remove link' })).toBeFocused();

  await expectNoAxeViolations(page, 'form');
  await page.getByRole('button', { name: 'Send ticket' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Ticket KAV-\d{4}-\d{4} was created/ }),
  ).toBeVisible();
  await expect(editor).toHaveText('');

  await openMyTicket(page, title);
  const description = page.getByTestId('description-html');
  await expect(description.locator('strong')).toHaveText('flickers');
  await expect(description.locator('ul > li')).toHaveText([
    'the laptop is docked',
    'a second monitor is on',
  ]);
  await expect(description).toContainText('The screen flickers when:');
  expect(dialogs).toEqual([]);
  expect(refused).toEqual([]);
});

test('markup typed, pasted or sent as a description never runs', async ({ page }) => {
  const dialogs = dialogsOf(page);
  await signIn(page, 'JOSA9804');
  await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  const payload = '<img src=x onerror="window.__injected = 1; alert(1)">';

  // Typed into the editor, it is text.
  const typedTitle = `Typed markup ${Date.now()}`;
  await page.getByLabel('What is the problem?').fill(typedTitle);
  const editor = page.getByRole('textbox', { name: 'Details' });
  await editor.click();
  await page.keyboard.type(`${payload} is what the kiosk shows`);
  // Pasted as HTML, the image is not part of what the editor keeps.
  await editor.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', `<p>pasted ${html}<script>window.__injected = 2</script></p>`);
    data.setData('text/plain', 'pasted');
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, payload);
  await expectNoAxeViolations(page, 'form');
  await page.getByRole('button', { name: 'Send ticket' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Ticket KAV-\d{4}-\d{4} was created/ }),
  ).toBeVisible();
  await openMyTicket(page, typedTitle);
  const description = page.getByTestId('description-html');
  await expect(description).toContainText(`${payload} is what the kiosk shows`);
  await expect(description).toContainText('pasted');
  await expect(description.locator('img, script')).toHaveCount(0);

  // Sent straight to the API, past the editor, the server's sanitiser removes it.
  const sentTitle = `Sent markup ${Date.now()}`;
  const sent = await page.evaluate(
    async ({ title, html }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id descriptionHtml } }',
          variables: { input: { title, descriptionHtml: html } },
        }),
      });
      return (await res.json()) as { data: { createTicket: { id: string } } };
    },
    {
      title: sentTitle,
      html: `${payload}<p onmouseover="alert(2)">Hover <a href="javascript:alert(3)">here</a></p><script>alert(4)</script>`,
    },
  );
  await page.goto(`/tickets/${sent.data.createTicket.id}`);
  await expect(page.getByRole('heading', { name: sentTitle })).toBeVisible();
  const sanitised = page.getByTestId('description-html');
  await expect(sanitised).toHaveText('Hover here');
  await expect(sanitised.locator('img, script, [onmouseover]')).toHaveCount(0);
  await sanitised.getByText('Hover').hover();
  await sanitised.getByText('here').click();

  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
  ).toBeUndefined();
});
