import { AppError } from '../../common/app-error.js';
import {
  RP_PATH,
  type CollectResponse,
  type OrderResponse,
  type RpError,
  type SignRequest,
} from './bankid-protocol.js';

/** Talks to a BankID relying-party endpoint (the real service behind mTLS, or the simulator). */
export class BankIdClient {
  constructor(private readonly endpoint: string) {}

  sign(request: SignRequest): Promise<OrderResponse> {
    return this.post<OrderResponse>('sign', request);
  }

  collect(orderRef: string): Promise<CollectResponse> {
    return this.post<CollectResponse>('collect', { orderRef });
  }

  async cancel(orderRef: string): Promise<void> {
    await this.post<Record<string, never>>('cancel', { orderRef });
  }

  private async post<T>(method: string, body: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.endpoint.replace(/\/$/, '')}${RP_PATH}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new AppError('CONFLICT', 'The e-ID service cannot be reached; try again shortly.');
    }
    const json = (await res.json().catch(() => null)) as (T & Partial<RpError>) | null;
    if (!res.ok || json === null) {
      // An unknown or finished order is the client's to fix; anything else is the service's.
      const code = json?.errorCode ?? 'unknown';
      throw AppError.badInput('The e-ID order is not valid.', [
        { field: 'signature.orderRef', code: 'EID_REFUSED', message: code },
      ]);
    }
    return json;
  }
}
