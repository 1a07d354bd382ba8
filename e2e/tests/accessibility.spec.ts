import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../support/session.js';

/**
 * Every route in web/src/app/App.tsx, for a person whose role may open it. `ticket` opens a
 * ticket from the queue; `escalation` records a critical ticket and lands on its escalation page.
 */
const ROUTES: { who: string; paths: string[] }[] = [
  {
    who: 'JOSA9804',
    paths: [
      '/',
      '/critical',
      'escalation',
      '/profile',
      '/profile/notifications',
      '/password',
      '/knowledge',
      '/catalog',
    ],
  },
  {
    who: 'HOMA8107',
    paths: [
      '/console',
      '/assets',
      '/dashboard',
      '/sla',
      '/oncall',
      '/calendars',
      '/staff',
      '/announcements',
      '/knowledge/manage',
      '/mail',
      'ticket',
    ],
  },
  { who: 'AXNS8514', paths: ['/admin'] },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const scan = await new AxeBuilder({ page }).analyze();
  return scan.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(browser: Browser, who: string, scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  // Mantine keeps the chosen scheme here; the account menu's toggle writes the same key.
  await context.addInitScript((s) => localStorage.setItem('mantine-color-scheme-value', s), scheme);
  const page = await context.newPage();
  await signIn(page, who);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const { who, paths } of ROUTES) {
    test(`no serious or critical axe violations for ${who} in ${scheme} mode`, async ({
      browser,
    }) => {
      // Many pages, each scanned whole, on a shared machine.
      test.setTimeout(180_000);
      const page = await open(browser, who, scheme);
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      const found: string[] = [];
      for (const p of paths) {
        if (p === 'ticket') {
          await page.goto('/console');
          await page.getByRole('table').getByRole('link').first().click();
          await expect(page).toHaveURL(/\/tickets\//);
        } else if (p === 'escalation') {
          await page.goto('/critical');
          await page.getByLabel('Danger to life or health').check();
          await page.getByLabel('What has happened?').fill(`Accessibility check ${scheme}`);
          await page.getByRole('button', { name: 'Record critical ticket' }).click();
          await expect(page).toHaveURL(/\/critical\/.+/);
          await expect(page.getByRole('heading', { name: /Critical ticket / })).toBeVisible();
        } else {
          await page.goto(p);
          await expect(page).toHaveURL(new RegExp(`${p}$`));
        }
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        for (const v of await seriousViolations(page)) found.push(`${p} ${v}`);
      }
      expect(found).toEqual([]);
      await page.context().close();
    });
  }
}
