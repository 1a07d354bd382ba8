import fs from 'node:fs';
import path from 'node:path';

/** Without SMTP_URL or an SMS gateway, Linje writes each message here (see messaging/outbox.ts). */
const OUTBOX = path.resolve(import.meta.dirname, '..', '..', 'data', 'outbox');

export interface OutboxSms {
  to: string;
  text: string;
  at: string;
}

/** The newest simulated SMS to a number since a moment (ms since the epoch), if any. */
export function latestSmsTo(to: string, since: number): OutboxSms | undefined {
  if (!fs.existsSync(OUTBOX)) return undefined;
  return fs
    .readdirSync(OUTBOX)
    .filter((f) => f.endsWith('.sms.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), 'utf8')) as OutboxSms)
    .filter((m) => m.to === to && Date.parse(m.at) >= since)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
}
