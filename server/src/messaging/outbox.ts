import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export type OutboxChannel = 'EMAIL' | 'SMS';

export interface OutboxMessage {
  id: string;
  channel: OutboxChannel;
  at: string;
  to: string;
  subject: string | null;
  text: string;
}

/**
 * Where simulated mail and SMS end up: one file per message under `OUTBOX_DIR`
 * (`<at>-<id>.eml` for mail, `<at>-<id>.sms.json` for SMS), and an in-memory list so tests
 * and the demo can read what was "sent". Used only when no real SMTP server or SMS
 * gateway is configured.
 */
export class Outbox {
  private readonly sent: OutboxMessage[] = [];

  constructor(readonly dir: string) {}

  write(
    message: Omit<OutboxMessage, 'id'>,
    fileContent: string | Buffer,
    ext: string,
  ): OutboxMessage {
    const full: OutboxMessage = { id: randomUUID(), ...message };
    fs.mkdirSync(this.dir, { recursive: true });
    const stamp = full.at.replace(/[:.]/g, '-');
    fs.writeFileSync(path.join(this.dir, `${stamp}-${full.id}.${ext}`), fileContent);
    this.sent.push(full);
    return full;
  }

  /** Messages sent so far, oldest first, optionally only those to one address or number. */
  messages(filter: { to?: string; channel?: OutboxChannel } = {}): OutboxMessage[] {
    return this.sent.filter(
      (m) =>
        (filter.to === undefined || m.to === filter.to) &&
        (filter.channel === undefined || m.channel === filter.channel),
    );
  }

  latest(filter: { to?: string; channel?: OutboxChannel } = {}): OutboxMessage | undefined {
    return this.messages(filter).at(-1);
  }
}
