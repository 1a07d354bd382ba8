import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from '../support/session.js';

test('the language follows the profile first, then the browser, then the municipality', async ({
  browser,
}) => {
  // Ali Hassan is signed in nowhere else in the suite, so his saved language cannot leak into other specs.
  // Browser in English, no choice in the profile: English, although Burlöv defaults to Swedish.
  const first = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(first, 'HAAI9502');
  await expect(first.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(first.locator('html')).toHaveAttribute('lang', 'en');
  // Choosing Swedish while signed in keeps it in the profile.
  const saved = first.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SetMyLanguage'),
  );
  await first.getByLabel('Language').selectOption('sv');
  await saved;
  await expect(first.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await first.context().close();

  // Another device with an English browser: the profile wins.
  const second = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(second, 'HAAI9502');
  await expect(second.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await expect(second.locator('html')).toHaveAttribute('lang', 'sv');
  await second.context().close();

  // A browser in a language Linje does not speak: the municipality's default (Porsanger: bokmål).
  const third = await (await browser.newContext({ locale: 'de-DE' })).newPage();
  await third.goto('/');
  await third.getByLabel('Jobbmejl eller användarnamn').fill('HANI9107');
  await third.getByRole('textbox', { name: 'Lösenord' }).fill(DEMO_PASSWORD);
  await third.getByRole('button', { name: 'Logga in' }).click();
  await expect(third.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(third.locator('html')).toHaveAttribute('lang', 'nb');
  await third.context().close();
});
