import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations } from '../support/session.js';
import { startLinje, type RunningLinje } from '../support/server.js';

/**
 * The coming Saturday at 18:40 UTC (19:40 or 20:40 in Porsanger): IT is closed. In the future,
 * not a fixed date, so the session cookies the server sets have not expired for the browser.
 */
function comingSaturdayEvening(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7 || 7));
  d.setUTCHours(18, 40, 0, 0);
  return d.toISOString();
}
const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'artifacts');

const LANGUAGES = {
  nb: {
    locale: 'nb-NO',
    identifier: 'Jobb-e-post eller brukernavn',
    password: 'Passord',
    submit: 'Logg inn',
    closed: 'IT er stengt',
    actions: 'Hva trenger du?',
    contact: 'Kontakt IT',
  },
  sv: {
    locale: 'sv-SE',
    identifier: 'Jobbmejl eller användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    closed: 'IT är stängt',
    actions: 'Vad behöver du?',
    contact: 'Kontakta IT',
  },
  en: {
    locale: 'en-GB',
    identifier: 'Work e-mail or username',
    password: 'Password',
    submit: 'Sign in',
    closed: 'IT is closed',
    actions: 'What do you need?',
    contact: 'Contact IT',
  },
} as const;

// This file runs its own Linje whose clock starts on a Saturday evening, so "closed" is certain.
let linje: RunningLinje;
test.beforeAll(async () => {
  linje = await startLinje({ LINJE_CLOCK_START: comingSaturdayEvening() });
});
test.afterAll(async () => {
  await linje.stop();
});

async function phonePortal(browser: Browser, lang: keyof typeof LANGUAGES): Promise<Page> {
  const l = LANGUAGES[lang];
  const context = await browser.newContext({
    baseURL: linje.url,
    locale: l.locale,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel(l.identifier).fill('HANI9107');
  await page.getByRole('textbox', { name: l.password }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('heading', { name: l.actions })).toBeVisible();
  return page;
}

test('On a phone in Norwegian, the start page says IT is closed out of hours', async ({
  browser,
}) => {
  const page = await phonePortal(browser, 'nb');
  await expect(page.getByTestId('it-availability')).toContainText('IT er stengt');
  // What a person can do, and how to reach IT when the portal cannot be used.
  await expect(page.getByRole('link', { name: 'Meld fra om et problem' })).toBeVisible();
  await expect(
    page.getByTestId('start-action-critical').getByRole('link', { name: 'Dette er kritisk' }),
  ).toHaveAttribute('href', '/critical');
  await expect(page.getByRole('searchbox', { name: 'Søk i kunnskapsbasen' })).toBeVisible();
  await expect(
    page.getByTestId('start-action-order').getByRole('link', { name: 'Bestill og søk' }),
  ).toHaveAttribute('href', '/catalog');
  // Approvals are for managers; this is a staff member.
  await expect(page.getByTestId('start-action-approvals')).toHaveCount(0);
  const contact = page.getByTestId('contact-card');
  await expect(contact).toContainText('bare for når portalen ikke kan brukes');
  await expect(contact.getByRole('link', { name: 'Supporttelefon: 40 60 77 00' })).toHaveAttribute(
    'href',
    'tel:40607700',
  );
  await expect(contact.getByRole('link', { name: /support@porsanger\.example/ })).toBeVisible();
  // Nothing is wider than the phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.context().close();
});

for (const lang of ['sv', 'nb', 'en'] as const) {
  test(`Screenshot of the start page at 360 px in ${lang}`, async ({ browser }) => {
    const page = await phonePortal(browser, lang);
    await expect(page.getByTestId('it-availability')).toContainText(LANGUAGES[lang].closed);
    await expect(page.getByRole('heading', { name: LANGUAGES[lang].contact })).toBeVisible();
    await page.screenshot({
      path: path.join(ARTIFACTS, `portal-start-${lang}.png`),
      fullPage: true,
    });
    await page.context().close();
  });
}

test('Dark mode is chosen in the account menu, remembered, and passes axe', async ({ browser }) => {
  const page = await phonePortal(browser, 'en');
  await page.getByRole('button', { name: 'Nils Hansen' }).click();
  await page.getByRole('menuitem', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What do you need?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expectNoAxeViolations(page);
  await page.context().close();
});
