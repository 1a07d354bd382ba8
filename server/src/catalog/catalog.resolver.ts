import { EntityManager } from '@mikro-orm/core';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer, type GqlContext } from '../auth/gql-context.js';
import { AppError } from '../common/app-error.js';
import { EidSignatureProvider } from './eid/eid-signature.provider.js';
import type { Viewer } from '../auth/viewer.js';
import { PersonSummaryModel } from '../people/models/person.model.js';
import { toPersonSummary } from '../tickets/ticket.mapper.js';
import type { CatalogItem, CatalogOrder } from './catalog.entities.js';
import {
  CatalogApprovalModel,
  CatalogDocumentModel,
  CatalogFulfilmentModel,
  CatalogItemModel,
  CatalogOrderModel,
  CatalogOrderVersionModel,
  CatalogResultModel,
  CatalogSignatureModel,
  DecideCatalogOrderInput,
  EidSigningStartModel,
  PlaceCatalogOrderInput,
  RecordCatalogOrderResultInput,
  ResubmitCatalogOrderInput,
} from './catalog.models.js';
import { CatalogService } from './catalog.service.js';
import { SigningService } from './signing.service.js';

export function catalogDocumentUrl(orderId: string): string {
  return `/api/catalog-orders/${orderId}/document`;
}

export function toCatalogItemModel(i: CatalogItem): CatalogItemModel {
  return {
    id: i.id,
    tenantId: i.tenant.id,
    key: i.key,
    name: i.name,
    description: i.description,
    fields: i.form.fields.map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      required: f.required,
      help: f.help ?? null,
      options: (f.options ?? []).map((o) => ({ value: o.value, label: o.label })),
      correctable: f.correctable,
    })),
    rules: i.form.rules.map((r) => ({ kind: r.kind, from: r.from, to: r.to })),
    orderableBy: i.orderableBy,
    approvalSteps: i.approvalSteps.map((s) => ({
      kind: s.kind,
      personId: s.personId ?? null,
      role: s.role ?? null,
    })),
    fulfilmentGroupName: i.fulfilmentGroup?.name ?? null,
    fulfilmentWorkingDays: i.fulfilmentWorkingDays ?? null,
    signatureRequired: i.signatureRequired,
    confidential: i.confidentiality != null,
  };
}

export function toCatalogOrderModel(o: CatalogOrder): CatalogOrderModel {
  return {
    id: o.id,
    tenantId: o.tenant.id,
    item: toCatalogItemModel(o.item),
    orderer: toPersonSummary(o.orderer),
    subject: toPersonSummary(o.subject),
    status: o.status,
    valuesJson: JSON.stringify(o.values),
    formVersion: o.formVersion,
    stepIndex: o.stepIndex,
    rejectionReason: o.rejectionReason ?? null,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    decidedAt: o.decidedAt ?? null,
  };
}

@Resolver(() => CatalogOrderModel)
export class CatalogResolver {
  constructor(
    private readonly service: CatalogService,
    private readonly signing: SigningService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [CatalogItemModel], {
    description: 'The service catalog of your municipality: what you may order or apply for.',
  })
  async catalogItems(@CurrentViewer() viewer: Viewer): Promise<CatalogItemModel[]> {
    return (await this.service.items(viewer)).map(toCatalogItemModel);
  }

  @Query(() => [PersonSummaryModel], {
    description:
      'Whom you may order this item for: the people below you; an HR chief, anyone of the municipality for a sensitive decision.',
  })
  async catalogSubjects(
    @CurrentViewer() viewer: Viewer,
    @Args('itemId', { type: () => ID }) itemId: string,
  ): Promise<PersonSummaryModel[]> {
    return (await this.service.subjects(viewer, itemId)).map(toPersonSummary);
  }

  @Query(() => CatalogOrderModel, {
    description: 'An order you placed, are the subject of or decide.',
  })
  async catalogOrder(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CatalogOrderModel> {
    return toCatalogOrderModel(await this.service.order(viewer, id));
  }

  @Query(() => [CatalogOrderModel], { description: 'Orders you placed or that are for you.' })
  async myCatalogOrders(@CurrentViewer() viewer: Viewer): Promise<CatalogOrderModel[]> {
    return (await this.service.mine(viewer)).map(toCatalogOrderModel);
  }

  @Query(() => [CatalogOrderModel], {
    description:
      'Sensitive decisions of your municipality you may read: as filer, decider, union representative, executing IT lead or auditor.',
  })
  async confidentialCatalogOrders(@CurrentViewer() viewer: Viewer): Promise<CatalogOrderModel[]> {
    return (await this.service.confidential(viewer)).map(toCatalogOrderModel);
  }

  @Query(() => [CatalogOrderModel], { description: 'Orders waiting for your decision.' })
  async catalogApprovalInbox(@CurrentViewer() viewer: Viewer): Promise<CatalogOrderModel[]> {
    return (await this.service.inbox(viewer)).map(toCatalogOrderModel);
  }

  @Mutation(() => CatalogOrderModel, {
    description: 'Order for yourself, or (managers) for someone below you in the organisation.',
  })
  async placeCatalogOrder(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => PlaceCatalogOrderInput }) input: PlaceCatalogOrderInput,
  ): Promise<CatalogOrderModel> {
    return toCatalogOrderModel(await this.service.place(viewer, input));
  }

  @Mutation(() => CatalogOrderModel, {
    description: 'Approve or reject (with a reason) the step of an order waiting for you.',
  })
  async decideCatalogOrder(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => DecideCatalogOrderInput }) input: DecideCatalogOrderInput,
  ): Promise<CatalogOrderModel> {
    return toCatalogOrderModel(await this.service.decide(viewer, input));
  }

  @Mutation(() => CatalogOrderModel, {
    description:
      'The executing IT lead documents the result of an approved sensitive decision, which closes it.',
  })
  async recordCatalogOrderResult(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => RecordCatalogOrderResultInput })
    input: RecordCatalogOrderResultInput,
  ): Promise<CatalogOrderModel> {
    return toCatalogOrderModel(await this.service.recordResult(viewer, input));
  }

  @Mutation(() => CatalogOrderModel, {
    description: 'Correct a rejected order (only the correctable fields) and send it again.',
  })
  async resubmitCatalogOrder(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ResubmitCatalogOrderInput }) input: ResubmitCatalogOrderInput,
  ): Promise<CatalogOrderModel> {
    return toCatalogOrderModel(await this.service.resubmit(viewer, input));
  }

  @Query(() => [String], {
    description:
      'How you can sign orders and decisions here: PASSWORD always, EID when an e-ID service is set up.',
  })
  signatureProviders(@CurrentViewer() _viewer: Viewer): string[] {
    return this.signing.providerNames();
  }

  @Mutation(() => Boolean, {
    description: 'Cancels an e-ID signing you started and no longer want (the app stops asking).',
  })
  async cancelEidSigning(
    @CurrentViewer() _viewer: Viewer,
    @Args('orderRef', { type: () => String }) orderRef: string,
  ): Promise<boolean> {
    await this.eidProvider().cancel(orderRef);
    return true;
  }

  private eidProvider(): EidSignatureProvider {
    const provider = this.signing.provider('EID');
    if (!(provider instanceof EidSignatureProvider)) {
      throw AppError.badInput('Signing with e-ID is not set up here; sign with your password.', [
        { field: 'signature.provider', code: 'EID_NOT_CONFIGURED', message: 'is not set up' },
      ]);
    }
    return provider;
  }

  @Mutation(() => EidSigningStartModel, {
    description:
      'Starts signing with e-ID (BankID): approve in the app, then send the order or decision with signature { provider: EID, orderRef }.',
  })
  async startEidSigning(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
  ): Promise<EidSigningStartModel> {
    const provider = this.eidProvider();
    // IPv4-mapped addresses are sent as plain IPv4, as the relying-party API expects.
    const ip = (ctx.req?.ip ?? '127.0.0.1').replace(/^::ffff:/, '');
    return provider.start(viewer, ip, 'Linje: sign your order or decision.');
  }

  @ResolveField(() => [CatalogOrderVersionModel])
  async versions(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<CatalogOrderVersionModel[]> {
    const order = await this.service.order(viewer, parent.id);
    return (await this.service.versions(order)).map((v) => ({
      formVersion: v.formVersion,
      valuesJson: JSON.stringify(v.values),
      submittedBy: toPersonSummary(v.submittedBy),
      submittedAt: v.submittedAt,
    }));
  }

  @ResolveField(() => [CatalogApprovalModel])
  async approvals(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<CatalogApprovalModel[]> {
    const order = await this.service.order(viewer, parent.id);
    return (await this.service.approvals(order)).map((a) => ({
      formVersion: a.formVersion,
      stepIndex: a.stepIndex,
      decision: a.decision,
      approver: toPersonSummary(a.approver),
      reason: a.reason ?? null,
      decidedAt: a.decidedAt,
    }));
  }

  @ResolveField(() => [CatalogFulfilmentModel])
  async fulfilments(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<CatalogFulfilmentModel[]> {
    const order = await this.service.order(viewer, parent.id);
    return (await this.service.fulfilments(order)).map((f) => ({
      ticketId: f.ticket.id,
      ticketNumber: f.ticket.number,
      dueAt: f.dueAt ?? null,
    }));
  }

  @ResolveField(() => [CatalogSignatureModel])
  async signatures(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<CatalogSignatureModel[]> {
    const order = await this.service.order(viewer, parent.id);
    const result: CatalogSignatureModel[] = [];
    for (const s of await this.signing.signatures(this.em, order)) {
      const check = await this.signing.verify(this.em, s);
      result.push({
        id: s.id,
        formVersion: s.formVersion,
        purpose: s.purpose,
        signer: toPersonSummary(s.signer),
        provider: s.provider,
        signedAt: s.signedAt,
        hash: s.hash,
        payload: s.payload,
        valid: check.valid,
        problem: check.problem,
      });
    }
    return result;
  }

  @ResolveField(() => CatalogDocumentModel, { nullable: true })
  async document(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<CatalogDocumentModel | null> {
    const document = await this.service.document(viewer, parent.id);
    if (!document) return null;
    return {
      id: document.id,
      fileName: document.fileName,
      size: document.size,
      sha256: document.sha256,
      createdAt: document.createdAt,
      valid: this.service.verifyDocument(document),
      url: catalogDocumentUrl(parent.id),
    };
  }

  @ResolveField(() => CatalogResultModel, {
    nullable: true,
    description: 'A sensitive decision carried out: its documented result.',
  })
  async result(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<CatalogResultModel | null> {
    const result = await this.service.result(await this.service.order(viewer, parent.id));
    if (!result) return null;
    return {
      text: result.text,
      recordedBy: toPersonSummary(result.recordedBy),
      recordedAt: result.recordedAt,
    };
  }

  @ResolveField(() => Boolean, {
    description: 'You may record the result of this approved sensitive decision.',
  })
  async mayRecordResult(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<boolean> {
    const order = await this.service.order(viewer, parent.id);
    return this.service.mayRecordResult(viewer, order);
  }

  @ResolveField(() => Boolean, { description: 'You may approve or reject the waiting step.' })
  async mayDecide(
    @CurrentViewer() viewer: Viewer,
    @Parent() parent: CatalogOrderModel,
  ): Promise<boolean> {
    const order = await this.service.order(viewer, parent.id);
    return this.service.mayDecide(viewer, order);
  }
}
