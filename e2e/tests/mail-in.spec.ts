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
