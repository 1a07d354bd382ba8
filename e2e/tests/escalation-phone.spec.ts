import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

const PASSWORD = 'Linje-demo-2026';
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'en-GB',
};

async function phoneSignIn(browser: Browser, identifier: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Work e-mail or username').fill(identifier);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('it-availability')).toBeVisible();
  return page;
}

async function gql(
  page: Page,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test('a manager walks a critical ticket up the chain on a phone; the IT superior authorises and IT takes it', async ({
  browser,
}, testInfo) => {
  // Porsanger's IT announces an absence, so the caller is sent to the manager line whatever the hour.
  const itLead = await phoneSignIn(browser, 'SOEI8009');
  const now = Date.now();
  await gql(
    itLead,
    'mutation($input: AnnounceItAbsenceInput!) { announceItAbsence(input: $input) { id } }',
    {
      input: {
        startsAt: new Date(now - 60_000).toISOString(),
        endsAt: new Date(now + 3 * 3600_000).toISOString(),
        kind: 'ABSENT',
        note: 'Whole team on a course',
      },
    },
  );

  const nurse = await phoneSignIn(browser, 'HANI9107');
  await expect(nurse.getByTestId('it-availability')).toContainText('IT is absent until');
  await nurse.getByRole('link', { name: 'See what to do if it is critical' }).click();
  await expect(nurse.getByRole('heading', { name: 'Who to call now' })).toBeVisible();
  await expect(nurse.getByTestId('call-person').first()).toContainText('Kari Johansen');
  await expect(nurse.getByRole('link', { name: 'Call Kari Johansen' })).toHaveAttribute(
    'href',
    'tel:48010011',
  );
  await nurse.getByLabel('Danger to life or health').check();
  const title = `Medication system down ${now}`;
  await nurse.getByLabel('What has happened?').fill(title);
  await nurse.getByRole('button', { name: 'Record critical ticket' }).click();
  await expect(nurse.getByRole('heading', { name: /Critical ticket POR-/ })).toBeVisible();
  await expect(nurse.getByTestId('critical-status')).toContainText(
    'Kari Johansen is asked to act now',
  );

  const manager = await phoneSignIn(browser, 'JOKA8203');
  await manager.goto('/critical');
  await manager.getByRole('link', { name: new RegExp(title) }).click();
  await expect(manager.getByTestId('chain-member')).toHaveCount(4);
  await expect(
    manager.getByRole('link', { name: /Call Silje Andersen · 480 10 010/ }).first(),
  ).toHaveAttribute('href', 'tel:48010010');
  await manager.getByRole('button', { name: 'I have it — stop automatic escalation' }).click();
  await expect(manager.getByTestId('critical-status')).toContainText('acknowledged');
  await manager.getByRole('button', { name: 'Escalate to Silje Andersen' }).click();
  await expect(manager.getByTestId('critical-status')).toContainText(
    'Silje Andersen is asked to act now',
  );
  await expect(manager.getByRole('link', { name: /Call Tor Eriksen/ }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page: manager }).analyze();
  expect(axe.violations).toEqual([]);
  await manager.screenshot({
    path: testInfo.outputPath('escalation-screen-phone.png'),
    fullPage: true,
  });

  const headOfHealth = await phoneSignIn(browser, 'ANSE7608');
  await headOfHealth.goto('/critical');
  await headOfHealth.getByRole('link', { name: new RegExp(title) }).click();
  await headOfHealth.getByRole('button', { name: 'Escalate to Tor Eriksen' }).click();
  await expect(headOfHealth.getByTestId('critical-status')).toContainText(
    'Tor Eriksen is asked to act now',
  );
  await expect(headOfHealth.getByRole('button', { name: 'Authorise IT overtime' })).toHaveCount(0);

  const superior = await phoneSignIn(browser, 'ERTR7011');
  await superior.goto('/critical');
  await superior.getByRole('link', { name: new RegExp(title) }).click();
  await superior.getByLabel('Reason').fill('Patients’ medication at risk');
  await superior.getByRole('button', { name: 'Authorise IT overtime' }).click();
  await expect(superior.getByTestId('critical-status')).toContainText('IT is being paged');

  const it = await phoneSignIn(browser, 'ISMA9204');
  await it.goto('/critical');
  await it.getByRole('link', { name: new RegExp(title) }).click();
  await it.getByRole('button', { name: 'I’m on it' }).click();
  await expect(it.getByTestId('critical-status')).toContainText('Maren Isaksen is on it.');
  await expect(it.getByTestId('escalation-record')).toContainText('Overtime authorised');

  // IT staff see the month's SLA compliance report (chart and table).
  await it.goto('/sla');
  await expect(it.getByRole('heading', { name: 'SLA compliance' })).toBeVisible();
  await expect(it.getByLabel('Month')).toBeVisible();
  expect((await new AxeBuilder({ page: it }).analyze()).violations).toEqual([]);
});
