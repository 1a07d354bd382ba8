import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

async function phoneSignIn(browser: Browser, identifier: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, identifier);
  await expect(page.getByTestId('it-availability')).toBeVisible();
  return page;
}

test('a manager walks a critical ticket up the chain on a phone; the IT superior authorises and IT takes it', async ({
  browser,
}, testInfo) => {
  // Porsanger's IT announces an absence, so the caller is sent to the manager line whatever the hour.
  const itLead = await phoneSignIn(browser, 'SOEI8009');
  const now = Date.now();
  const local = (offsetMs: number) =>
    itLead.evaluate((at) => {
      const d = new Date(at);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    }, now + offsetMs);
  await itLead.goto('/oncall');
  const onCall = itLead.getByRole('region', { name: 'Schedule an on-call period' });
  await onCall.getByLabel('Starts').fill(await local(20 * 24 * 3600_000));
  await onCall.getByLabel('Ends').fill(await local(21 * 24 * 3600_000));
  await onCall.getByLabel(/Håkon Mikkelsen/).check();
  await onCall.getByLabel('Phone number to call').fill('452 20 903');
  await onCall.getByRole('button', { name: 'Schedule and announce' }).click();
  await expect(itLead.getByRole('status')).toContainText('Saved and announced.');
  await expect(
    itLead
      .getByRole('region', { name: 'Current and coming on-call periods' })
      .getByText('Håkon Mikkelsen'),
  ).toHaveCount(2);
  const absence = itLead.getByRole('region', { name: 'Announce IT absence' });
  await absence.getByLabel('Starts').fill(await local(-60_000));
  await absence.getByLabel('Ends').fill(await local(3 * 3600_000));
  await absence.getByLabel('Note').fill('Whole team on a course');
  await absence.getByRole('button', { name: 'Announce' }).click();
  await expect(itLead.getByRole('status')).toContainText('Saved and announced.');
  await expectNoAxeViolations(itLead);

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
  await expectNoAxeViolations(manager);
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
  await expect(it.getByTestId('notice').filter({ hasText: 'Page: critical ticket' })).toHaveCount(
    1,
  );
  await it.getByRole('link', { name: new RegExp(title) }).click();
  await it.getByRole('button', { name: 'I’m on it' }).click();
  await expect(it.getByTestId('critical-status')).toContainText('Maren Isaksen is on it.');
  await expect(it.getByTestId('escalation-record')).toContainText('Overtime authorised');

  // The ticket shows its service level: critical tickets run on wall-clock time.
  const ticketId = new URL(it.url()).pathname.split('/').at(-1) ?? '';
  await it.goto(`/tickets/${ticketId}`);
  await expect(it.getByTestId('sla-status')).toContainText('Response');
  await expect(it.getByTestId('sla-status')).toContainText('minutes left to resolve');

  // IT staff see the month's SLA compliance report (chart and table).
  await it.goto('/sla');
  await expect(it.getByRole('heading', { name: 'SLA compliance' })).toBeVisible();
  await expect(it.getByLabel('Month')).toBeVisible();
  await expectNoAxeViolations(it);
});
