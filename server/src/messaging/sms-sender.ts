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

export type SmsHttpAuth =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; user: string; password: string };

export interface HttpSmsOptions {
  url: string;
  sender: string;
  auth: SmsHttpAuth;
  /** `SMS_HTTP_BODY`: `{{to}}`, `{{from}}` and `{{text}}` are filled in; null means JSON. */
  body?: string | null;
  contentType?: string;
}

/** Values go into the body template JSON-escaped (without quotes) or form-encoded. */
function fillBody(template: string, contentType: string, values: Record<string, string>): string {
  const form = contentType.startsWith('application/x-www-form-urlencoded');
  return template.replace(/\{\{\s*(to|from|text)\s*\}\}/g, (_m, name: string) => {
    const v = values[name] ?? '';
    return form ? encodeURIComponent(v) : JSON.stringify(v).slice(1, -1);
  });
}

/**
 * `SMS_PROVIDER=http`: POSTs to `SMS_HTTP_URL` — `{"from","to","text"}` as JSON, or the
 * `SMS_HTTP_BODY` template — with bearer (`SMS_HTTP_TOKEN`) or basic (`SMS_HTTP_USER`,
 * `SMS_HTTP_PASSWORD`) authentication. Any 2xx answer means accepted; anything else (or no
 * answer within 10 s) is a delivery error, which never includes the credentials.
 */
export class HttpSmsSender extends SmsSender {
  private readonly options: Required<HttpSmsOptions>;

  constructor(
    options: HttpSmsOptions,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    super();
    this.options = { body: null, contentType: 'application/json', ...options };
  }

  async send(message: SmsMessage): Promise<void> {
    const { url, sender, auth, body, contentType } = this.options;
    const values = { from: sender, to: message.to, text: message.text };
    const authorization =
      auth.kind === 'bearer'
        ? `Bearer ${auth.token}`
        : auth.kind === 'basic'
          ? `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`
          : null;
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          accept: 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: body ? fillBody(body, contentType, values) : JSON.stringify(values),
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
