import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every demo account's password (server/src/demo/demo-seed.ts). */
export const DEMO_PASSWORD = 'Linje-demo-2026';

/** A phone-sized touch browser in English, for the pages staff use on the go. */
export const PHONE = {
  locale: 'en-GB',
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** Signs in through the English sign-in page, as a person would. */
export async function signIn(
  page: Page,
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/');
  await submitSignIn(page, identifier, password);
}

/** Fills in and sends the English sign-in form already on the page. */
export async function submitSignIn(
  page: Page,
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByLabel('Work e-mail or username').fill(identifier);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Fails with the rule and the elements when axe finds an accessibility violation on the page
 * (or only inside `within`, a CSS selector).
 */
export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const scan = await (within ? builder.include(within) : builder).analyze();
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
