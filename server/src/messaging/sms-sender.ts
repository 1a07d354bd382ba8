import type { Clock } from '../common/clock.js';
import type { Outbox } from './outbox.js';

export interface SmsMessage {
  /** E.164 or national number as registered; the gateway normalises. */
  to: string;
  text: string;
}

/** Sends SMS (reset codes, paging). Inject this; the provider is chosen by `SMS_PROVIDER`. */
export abstract class SmsSender {
  abstract send(message: SmsMessage): Promise<void>;
}

export class SmsDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmsDeliveryError';
  }
}

/** `SMS_PROVIDER=simulator`: each SMS becomes a JSON file in the outbox. */
export class SimulatedSmsSender extends SmsSender {
  constructor(
    private readonly sender: string,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    super();
  }

  send(message: SmsMessage): Promise<void> {
    const at = this.clock.now().toISOString();
    this.outbox.write(
      { channel: 'SMS', at, to: message.to, subject: null, text: message.text },
      `${JSON.stringify({ from: this.sender, to: message.to, text: message.text, at }, null, 2)}\n`,
      'sms.json',
    );
    return Promise.resolve();
  }
}

/** How long to wait for the gateway before giving up (a page must not hang a request). */
const HTTP_TIMEOUT_MS = 10_000;

/**
 * `SMS_PROVIDER=http`: POSTs `{"from","to","text"}` as JSON to `SMS_HTTP_URL`, with
 * `Authorization: Bearer <SMS_HTTP_TOKEN>` when a token is set. Any 2xx answer means
 * accepted; anything else (or no answer within 10 s) is a delivery error. Most Nordic
 * gateways (or a small adapter in front of them) accept this shape.
 */
export class HttpSmsSender extends SmsSender {
  constructor(
    private readonly url: string,
    private readonly token: string | null,
    private readonly sender: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<void> {
    let res: Response;
    try {
      res = await this.fetchImpl(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ from: this.sender, to: message.to, text: message.text }),
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
      });
    } catch (err) {
      throw new SmsDeliveryError(
        `SMS gateway unreachable: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (!res.ok) {
      throw new SmsDeliveryError(`SMS gateway answered ${res.status} ${res.statusText}`);
    }
  }
}
