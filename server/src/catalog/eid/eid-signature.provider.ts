import { createHmac } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../common/app-error.js';
import type { Clock } from '../../common/clock.js';
import { Person } from '../../people/person.entity.js';
import { CatalogSignature } from '../catalog.entities.js';
import type { SignatureProof, SignatureProvider, SignatureRequest } from '../signing.service.js';
import { BankIdClient } from './bankid-client.js';
import type { CompletionUser } from './bankid-protocol.js';

function eidProblem(
  code: string,
  message: string,
  params?: { hintCode: string; qrData?: string },
): AppError {
  return AppError.badInput(message, [
    // The hint tells the web what to say meanwhile (start the app, enter the code, cancelled);
    // qrData is the animated QR code's content for this second.
    { field: 'signature.orderRef', code, message, ...(params ? { params } : {}) },
  ]);
}

interface QrStart {
  token: string;
  secret: string;
  startedAt: number;
}

/** Orders not collected for this long are forgotten (BankID ends them well before). */
const QR_KEEP_MS = 10 * 60_000;

const normal = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('sv');

/**
 * Whether the person the e-ID vouched for is the signed-in person: the same given name and
 * surname, and (when Linje knows it) the birth date that begins the personal number.
 */
export function sameIdentity(
  person: { givenName: string; surname: string; birthDate?: string | null },
  user: CompletionUser,
): boolean {
  if (normal(person.givenName) !== normal(user.givenName)) return false;
  if (normal(person.surname) !== normal(user.surname)) return false;
  if (person.birthDate)
    return user.personalNumber.slice(0, 8) === person.birthDate.replace(/-/g, '');
  return true;
}

/**
 * The e-ID provider, following the BankID relying-party flow: `start` opens an order the
 * person approves in their app; the submission then carries its orderRef and `authenticate`
 * collects it: pending → try again, failed → refused, complete → the proof (each order once).
 */
export class EidSignatureProvider implements SignatureProvider {
  readonly name = 'EID';
  private readonly client: BankIdClient;
  // The QR secrets stay on the server (BankID's advice); a restart only loses the QR code.
  private readonly qr = new Map<string, QrStart>();

  constructor(
    private readonly em: EntityManager,
    endpoint: string,
    private readonly clock: Clock,
  ) {
    this.client = new BankIdClient(endpoint);
  }

  /**
   * The animated QR code's content: bankid.<qrStartToken>.<seconds since start>.<HMAC-SHA256
   * of those seconds under qrStartSecret>, new every second, as the BankID app expects.
   */
  qrData(orderRef: string): string | null {
    const start = this.qr.get(orderRef);
    if (!start) return null;
    const seconds = String(
      Math.max(0, Math.floor((this.clock.now().getTime() - start.startedAt) / 1000)),
    );
    const auth = createHmac('sha256', start.secret).update(seconds).digest('hex');
    return `bankid.${start.token}.${seconds}.${auth}`;
  }

  async start(
    viewer: Viewer,
    endUserIp: string,
    text: string,
  ): Promise<{ orderRef: string; autoStartToken: string; qrData: string | null }> {
    const person = await this.person(viewer);
    const order = await this.client.sign({
      endUserIp,
      userVisibleData: Buffer.from(text, 'utf8').toString('base64'),
      // Only the simulator reads this: whom its "app" approves as, when it completes by itself.
      userNonVisibleData: Buffer.from(
        JSON.stringify({ givenName: person.givenName, surname: person.surname }),
      ).toString('base64'),
    });
    const now = this.clock.now().getTime();
    for (const [ref, q] of this.qr) if (now - q.startedAt > QR_KEEP_MS) this.qr.delete(ref);
    this.qr.set(order.orderRef, {
      token: order.qrStartToken,
      secret: order.qrStartSecret,
      startedAt: now,
    });
    return {
      orderRef: order.orderRef,
      autoStartToken: order.autoStartToken,
      qrData: this.qrData(order.orderRef),
    };
  }

  /** The person gave up in Linje: the order is cancelled at the e-ID service too. */
  async cancel(orderRef: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(orderRef)) {
      throw eidProblem('EID_ORDER_REQUIRED', 'Start the e-ID signing first.');
    }
    this.qr.delete(orderRef);
    await this.client.cancel(orderRef);
  }

  async authenticate(viewer: Viewer, request: SignatureRequest): Promise<SignatureProof> {
    const orderRef = request.orderRef ?? '';
    if (!/^[0-9a-f-]{36}$/i.test(orderRef)) {
      throw eidProblem('EID_ORDER_REQUIRED', 'Start the e-ID signing first.');
    }
    const reference = `bankid:${orderRef}`;
    const used = await this.em.count(
      CatalogSignature,
      { providerReference: reference },
      { filters: false },
    );
    if (used > 0) throw eidProblem('EID_USED', 'This e-ID signing has already been used.');
    const result = await this.client.collect(orderRef);
    if (result.status === 'pending') {
      const qrData = this.qrData(orderRef);
      throw eidProblem('EID_PENDING', 'Open your BankID app and sign; then send again.', {
        hintCode: result.hintCode ?? 'outstandingTransaction',
        ...(qrData ? { qrData } : {}),
      });
    }
    this.qr.delete(orderRef);
    if (result.status === 'failed' || !result.completionData) {
      throw eidProblem(
        'EID_FAILED',
        `The e-ID signing did not go through (${result.hintCode ?? 'failed'}).`,
        { hintCode: result.hintCode ?? 'failed' },
      );
    }
    const person = await this.person(viewer);
    if (!sameIdentity(person, result.completionData.user)) {
      throw eidProblem('EID_OTHER_PERSON', 'The e-ID belongs to someone else.');
    }
    return { provider: this.name, personId: viewer.personId, reference };
  }

  private async person(viewer: Viewer): Promise<Person> {
    const person = await this.em.findOne(Person, { id: viewer.personId }, { filters: false });
    if (!person) throw AppError.notFound('The person');
    return person;
  }
}
