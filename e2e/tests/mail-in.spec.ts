import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import nodemailer from 'nodemailer';
import { expectNoAxeViolations, signIn, PHONE } from '../support/session.js';

test.use(PHONE);

/** Mail to Linje's SMTP receiver, as the municipality's mail server forwards it. */
function mailToLinje() {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: Number(process.env['LINJE_MAIL_IN_PORT']),
    secure: false,
    ignoreTLS: true,
  });
}

test('a mailed ticket and a mailed reply: the quoted history is folded away, by keyboard too', async ({
  page,
}) => {
  const smtp = mailToLinje();
  const title = `Printer on floor 2 is blinking ${randomUUID().slice(0, 8)}`;
  await smtp.sendMail({
    from: 'sara.johansson@kavlinge.example',
    to: 'it@kavlinge.example',
    subject: title,
    text: 'It blinks orange since this morning.',
  });

  await signIn(page, 'JOSA9804');
  const card = page.getByTestId('my-ticket').filter({ hasText: title });
  await expect(card).toBeVisible();
  const number = /[A-Z]{2,6}-\d{4}-\d+/.exec((await card.textContent()) ?? '')?.[0];
  expect(number).toBeTruthy();

  await smtp.sendMail({
    from: 'sara.johansson@kavlinge.example',
    to: 'it@kavlinge.example',
    subject: `Re: [${number}] ${title}`,
    text: [
      'Restarting it did not help.',
      '',
      'On Mon, 7 Dec 2026 at 09:00, IT service desk <it@kavlinge.example> wrote:',
      '> Please restart the printer.',
    ].join('\n'),
  });
  smtp.close();

  await card.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('It blinks orange since this morning.')).toBeVisible();
  const reply = page
    .getByTestId('timeline-entry')
    .filter({ hasText: 'Restarting it did not help.' });
  await expect(reply).toBeVisible();
  const quoted = reply.getByLabel('Earlier messages quoted in this e-mail');
  await expect(quoted).toBeHidden();
  const toggle = reply.locator('summary', { hasText: 'Show quoted history' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(quoted).toBeVisible();
  await expect(quoted).toContainText('> Please restart the printer.');
  await expectNoAxeViolations(page);
});

test('an agent names the caller of a ticket mailed from an unknown address', async ({
  browser,
}) => {
  const desk = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  const agent = await desk.newPage();
  const title = `Sent from my private address ${randomUUID().slice(0, 8)}`;
  const smtp = mailToLinje();
  await smtp.sendMail({
    from: 'sara.private@elsewhere.example',
    to: 'it@kavlinge.example',
    subject: title,
    text: 'My laptop does not start.',
  });
  smtp.close();

  await signIn(agent, 'omar.said@kavlinge.example');
  await agent.getByRole('link', { name: 'Agent console' }).click();
  await agent.getByRole('textbox', { name: 'Search' }).fill(title);
  await agent.getByRole('textbox', { name: 'Search' }).press('Enter');
  const row = agent.getByTestId('queue-row').filter({ hasText: title });
  await row.getByRole('link', { name: title }).click();
  await expect(agent.getByRole('heading', { name: title })).toBeVisible();
  await expect(agent.getByText('Reported by Okänd avsändare')).toBeVisible();
  const panel = agent.getByRole('region', { name: 'Unknown sender' });
  await expect(panel).toContainText('sara.private@elsewhere.example');
  await expectNoAxeViolations(agent);

  await panel.getByRole('button', { name: 'Make them the caller' }).click();
  await expect(panel.getByText('Choose the person who wrote it.')).toBeVisible();
  await panel.getByLabel('Find the person who wrote it').fill('Johansson');
  await panel
    .getByRole('combobox', { name: 'Caller' })
    .selectOption({ label: 'Sara Johansson, Assistant nurse' });
  await panel.getByRole('button', { name: 'Make them the caller' }).click();
  await expect(agent.getByText('Reported by Sara Johansson')).toBeVisible();
  await expect(agent.getByRole('region', { name: 'Unknown sender' })).toHaveCount(0);
  await expect(
    agent.getByTestId('timeline-entry').filter({ hasText: 'Sara Johansson' }),
  ).toBeVisible();
  await desk.close();
});

test('agents see unreadable and ignored mail on the received-mail page and mark it dealt with', async ({
  browser,
}) => {
  const desk = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  const agent = await desk.newPage();
  const stamp = randomUUID().slice(0, 8);
  const smtp = mailToLinje();
  const envelope = { from: 'sara.johansson@kavlinge.example', to: ['it@kavlinge.example'] };
  await smtp.sendMail({
    envelope,
    raw: [
      'From: sara.johansson@kavlinge.example',
      'To: it@kavlinge.example',
      `Subject: Broken ${stamp}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed',
      '',
      `no boundary at all ${stamp}`,
      '',
    ].join('\r\n'),
  });
  await smtp.sendMail({
    from: 'sara.johansson@kavlinge.example',
    to: 'it@kavlinge.example',
    subject: `Out of office ${stamp}`,
    text: 'I am away.',
    headers: { 'Auto-Submitted': 'auto-replied' },
  });
  smtp.close();

  await signIn(agent, 'omar.said@kavlinge.example');
  await agent.getByRole('link', { name: 'Received mail' }).click();
  await expect(agent.getByRole('heading', { name: 'Received mail' })).toBeVisible();
  const broken = agent.getByTestId('inbound-mail').filter({ hasText: `Broken ${stamp}` });
  await expect(broken).toContainText('Unreadable');
  await expect(broken).toContainText('The message’s parts are broken.');
  await broken.getByText('Show the message as received').click();
  await expect(broken.getByText(`no boundary at all ${stamp}`)).toBeVisible();
  const away = agent.getByTestId('inbound-mail').filter({ hasText: `Out of office ${stamp}` });
  await expect(away).toContainText('Ignored');
  await expect(away).toContainText('An automatic message (Auto-Submitted).');
  await expectNoAxeViolations(agent);

  await away.getByRole('button', { name: `Mark as dealt with: Out of office ${stamp}` }).click();
  await expect(away).toHaveCount(0);
  await agent.getByLabel('Show all received mail').check();
  await expect(
    agent.getByTestId('inbound-mail').filter({ hasText: `Out of office ${stamp}` }),
  ).toBeVisible();
  await desk.close();
});
