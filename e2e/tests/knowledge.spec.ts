import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from '../support/session.js';

const NORWEGIAN_PHONE = {
  locale: 'en-GB',
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
};

/** Signs in (the sign-in page speaks English here) and switches the interface to bokmål. */
async function norwegianPhone(browser: Browser, identifier: string): Promise<Page> {
  const context = await browser.newContext(NORWEGIAN_PHONE);
  const page = await context.newPage();
  await signIn(page, identifier);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeHidden();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeVisible();
  return page;
}

test('Porsanger staff on a phone in Norwegian: search finds an article, "not helpful" reaches the owner, a ticket title suggests an article', async ({
  browser,
}) => {
  const nils = await norwegianPhone(browser, 'HANI9107');

  // A search finds an article, with the match marked.
  await nils.goto('/knowledge?q=papirstopp');
  const hit = nils.getByTestId('kb-hit').filter({ hasText: 'Papirstopp i skriveren' });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/papirstopp/i);
  await expectNoAxeViolations(nils);

  // "Was this helpful? No" with a comment.
  await hit.getByRole('link', { name: /Papirstopp i skriveren/ }).click();
  await expect(nils.getByRole('heading', { name: 'Papirstopp i skriveren' })).toBeVisible();
  await expect(nils.getByText('Var dette nyttig?')).toBeVisible();
  await expectNoAxeViolations(nils);
  await nils.getByRole('button', { name: 'Nei' }).click();
  await nils
    .getByLabel('Kommentar (valgfri)')
    .fill('Mangler bilde av luken <script>alert(1)</script>');
  await nils.getByRole('button', { name: 'Send' }).click();
  await expect(nils.getByRole('status')).toContainText('Takk for svaret!');

  // Typing a ticket title suggests an article; "this solved it" ends it without a ticket.
  await nils.goto('/');
  await nils.getByLabel('Hva er problemet?').fill('VPN hjemmefra');
  const suggestion = nils
    .getByTestId('kb-suggestion')
    .filter({ hasText: 'Koble til VPN hjemmefra' });
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('button', { name: /Koble til VPN hjemmefra/ }).click();
  await nils.getByRole('button', { name: 'Dette løste det' }).click();
  await expect(nils.getByRole('status').filter({ hasText: 'Ingen sak trengs' })).toBeVisible();

  // The owner, Porsanger's IT lead, sees the article in the needs-attention list.
  const eirik = await norwegianPhone(browser, 'SOEI8009');
  await eirik.goto('/knowledge/manage');
  const attention = eirik.getByTestId('kb-attention').filter({ hasText: 'Papirstopp i skriveren' });
  await expect(attention).toContainText('Lav score');
  await expectNoAxeViolations(eirik);
  await attention.getByRole('button', { name: 'Rediger' }).click();
  await expect(eirik.getByText(/Mangler bilde av luken <script>/)).toBeVisible();
});
