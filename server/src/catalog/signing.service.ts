import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { canonicalJson, type JsonValue } from '@linje/shared';
import { verifyPassword } from '../auth/password-hasher.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Person } from '../people/person.entity.js';
import {
  CatalogOrderVersion,
  CatalogSignature,
  type CatalogOrder,
  type SignaturePurpose,
} from './catalog.entities.js';

/** What the client sends to sign: the provider and what that provider needs. */
export interface SignatureRequest {
  provider?: string | null;
  /** PASSWORD: the signer's own password, checked again at the moment of signing. */
  password?: string | null;
  /** EID: the order started with `startEidSigning` and approved in the person's app. */
  orderRef?: string | null;
}

/** A signer whose identity a provider has just confirmed. */
export interface SignatureProof {
  readonly provider: string;
  readonly personId: string;
  readonly reference: string | null;
}

/**
 * A way of confirming, at the moment of signing, that the signer is the person signed in
 * (re-entering the password; an e-ID such as BankID). It answers the proof or throws an
 * AppError the client can act on.
 */
export interface SignatureProvider {
  readonly name: string;
  authenticate(viewer: Viewer, request: SignatureRequest): Promise<SignatureProof>;
}

export const SIGNATURE_PROVIDERS = Symbol('SIGNATURE_PROVIDERS');

function wrongSecret(): AppError {
  return AppError.badInput('The password is not right; the order was not signed.', [
    { field: 'signature.password', code: 'WRONG_PASSWORD', message: 'is not right' },
  ]);
}

/** The built-in provider: the signer types their own password again (argon2id, as at sign-in). */
@Injectable()
export class PasswordSignatureProvider implements SignatureProvider {
  readonly name = 'PASSWORD';

  constructor(private readonly em: EntityManager) {}

  async authenticate(viewer: Viewer, request: SignatureRequest): Promise<SignatureProof> {
    const password = request.password ?? '';
    if (password.length === 0) {
      throw AppError.badInput('Enter your password to sign.', [
        { field: 'signature.password', code: 'SIGNATURE_REQUIRED', message: 'is required' },
      ]);
    }
    if (password.length > 1024) throw wrongSecret();
    const person = await this.em.findOne(
      Person,
      { id: viewer.personId },
      { filters: false, fields: ['id', 'passwordHash', 'accountEnabled'] },
    );
    if (!person?.passwordHash || !person.accountEnabled) throw wrongSecret();
    if (!(await verifyPassword(person.passwordHash, password))) throw wrongSecret();
    return { provider: this.name, personId: viewer.personId, reference: null };
  }
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface SignatureCheck {
  /** The stored payload still hashes to the stored hash, and still matches the order. */
  valid: boolean;
  /** Why not: HASH_MISMATCH, PAYLOAD_UNREADABLE or ORDER_CHANGED. */
  problem: string | null;
}

/** Signs orders and their decisions, and verifies stored signatures. */
@Injectable()
export class SigningService {
  constructor(
    private readonly clock: Clock,
    @Inject(SIGNATURE_PROVIDERS) private readonly providers: SignatureProvider[],
  ) {}

  /**
   * Confirms the signer before the transaction (argon2 and e-ID take time). Without a request
   * nothing is signed, which is refused when the item requires a signature.
   */
  async authenticate(
    viewer: Viewer,
    required: boolean,
    request: SignatureRequest | null | undefined,
  ): Promise<SignatureProof | null> {
    if (!request) {
      if (!required) return null;
      throw AppError.badInput('This order must be signed.', [
        { field: 'signature', code: 'SIGNATURE_REQUIRED', message: 'is required' },
      ]);
    }
    const name = request.provider ?? 'PASSWORD';
    const provider = this.providers.find((p) => p.name === name);
    if (!provider) {
      throw AppError.badInput(`Unknown signature provider ${name}.`, [
        {
          field: 'signature.provider',
          code: 'UNKNOWN_PROVIDER',
          message: 'is not known',
          params: { allowed: this.providers.map((p) => p.name) },
        },
      ]);
    }
    return provider.authenticate(viewer, request);
  }

  /** What a signature covers: the order as it stands in this version, and the decision. */
  payloadOf(
    order: CatalogOrder,
    purpose: SignaturePurpose,
    signerId: string,
    signedAt: Date,
    reason: string | null,
  ): JsonValue {
    return {
      orderId: order.id,
      tenantId: order.tenant.id,
      item: order.item.key,
      ordererId: order.orderer.id,
      subjectId: order.subject.id,
      formVersion: order.formVersion,
      values: order.values,
      purpose,
      reason,
      signerId,
      signedAt: signedAt.toISOString(),
    };
  }

  signWithin(
    em: EntityManager,
    order: CatalogOrder,
    purpose: SignaturePurpose,
    proof: SignatureProof | null,
    reason: string | null = null,
  ): CatalogSignature | null {
    if (!proof) return null;
    const signedAt = this.clock.now();
    const payload = canonicalJson(this.payloadOf(order, purpose, proof.personId, signedAt, reason));
    return em.create(CatalogSignature, {
      id: randomUUID(),
      tenant: order.tenant,
      order,
      formVersion: order.formVersion,
      purpose,
      signer: em.getReference(Person, proof.personId),
      provider: proof.provider,
      providerReference: proof.reference,
      payload,
      hash: sha256Hex(payload),
      signedAt,
    });
  }

  /** The names of the configured providers, the built-in one first. */
  providerNames(): string[] {
    return this.providers.map((p) => p.name);
  }

  /** The provider of this name, if configured. */
  provider(name: string): SignatureProvider | null {
    return this.providers.find((p) => p.name === name) ?? null;
  }

  async signatures(em: EntityManager, order: CatalogOrder): Promise<CatalogSignature[]> {
    const rows = await em.find(CatalogSignature, { order }, { populate: ['signer'] });
    // Each version is submitted before it is decided, also within the same instant.
    const rank = (s: CatalogSignature) => (s.purpose === 'SUBMIT' ? 0 : 1);
    return rows.sort(
      (a, b) =>
        a.formVersion - b.formVersion ||
        rank(a) - rank(b) ||
        a.signedAt.getTime() - b.signedAt.getTime() ||
        a.id.localeCompare(b.id),
    );
  }

  /**
   * Recomputes the hash of the stored payload, and checks that the payload still describes
   * the order's stored version of the form: a change to either fails verification.
   */
  async verify(em: EntityManager, signature: CatalogSignature): Promise<SignatureCheck> {
    if (sha256Hex(signature.payload) !== signature.hash) {
      return { valid: false, problem: 'HASH_MISMATCH' };
    }
    let parsed: { orderId?: unknown; formVersion?: unknown; values?: unknown };
    try {
      parsed = JSON.parse(signature.payload) as typeof parsed;
    } catch {
      return { valid: false, problem: 'PAYLOAD_UNREADABLE' };
    }
    const version = await em.findOne(CatalogOrderVersion, {
      order: signature.order.id,
      formVersion: signature.formVersion,
    });
    const same =
      parsed.orderId === signature.order.id &&
      parsed.formVersion === signature.formVersion &&
      version !== null &&
      canonicalJson((parsed.values ?? null) as JsonValue) ===
        canonicalJson(version.values as JsonValue);
    return same ? { valid: true, problem: null } : { valid: false, problem: 'ORDER_CHANGED' };
  }
}
