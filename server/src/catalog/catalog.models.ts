import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { APPROVAL_STEP_KINDS, FORM_FIELD_TYPES } from '@linje/shared';
import type { ApprovalStepKind, FormFieldType } from '@linje/shared';
import { PersonSummaryModel } from '../people/models/person.model.js';
import {
  APPROVAL_DECISIONS,
  ORDER_STATUSES,
  ORDERABLE_BY,
  SIGNATURE_PURPOSES,
  type ApprovalDecision,
  type OrderableBy,
  type OrderStatus,
  type SignaturePurpose,
} from './catalog.entities.js';

function enumOf<T extends string>(values: readonly T[], name: string): { [K in T]: K } {
  const e = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(e, { name });
  return e;
}

export const CatalogFieldTypeEnum = enumOf(FORM_FIELD_TYPES, 'CatalogFieldType');
export const ApprovalStepKindEnum = enumOf(APPROVAL_STEP_KINDS, 'ApprovalStepKind');
export const OrderableByEnum = enumOf(ORDERABLE_BY, 'CatalogOrderableBy');
export const OrderStatusEnum = enumOf(ORDER_STATUSES, 'CatalogOrderStatus');
export const ApprovalDecisionEnum = enumOf(APPROVAL_DECISIONS, 'CatalogApprovalDecision');
export const SignaturePurposeEnum = enumOf(SIGNATURE_PURPOSES, 'CatalogSignaturePurpose');

@ObjectType('LocalisedText', { description: 'A text in Swedish, Norwegian (bokmål) and English.' })
export class LocalisedTextModel {
  @Field(() => String) sv!: string;
  @Field(() => String) nb!: string;
  @Field(() => String) en!: string;
}

@ObjectType('CatalogFormOption')
export class CatalogFormOptionModel {
  @Field(() => String) value!: string;
  @Field(() => LocalisedTextModel) label!: LocalisedTextModel;
}

@ObjectType('CatalogFormField', { description: 'One field of an order form.' })
export class CatalogFormFieldModel {
  @Field(() => String, { description: 'Key of the value in valuesJson.' }) key!: string;
  @Field(() => LocalisedTextModel) label!: LocalisedTextModel;
  @Field(() => CatalogFieldTypeEnum) type!: FormFieldType;
  @Field(() => Boolean) required!: boolean;
  @Field(() => LocalisedTextModel, { nullable: true }) help!: LocalisedTextModel | null;
  @Field(() => [CatalogFormOptionModel]) options!: CatalogFormOptionModel[];
  @Field(() => Boolean, {
    description: 'After a rejection the orderer may change this field (and only such fields).',
  })
  correctable!: boolean;
}

@ObjectType('CatalogFormRule', { description: 'FROM_LE_TO: the field `from` is not after `to`.' })
export class CatalogFormRuleModel {
  @Field(() => String) kind!: string;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

@ObjectType('CatalogApprovalStep')
export class CatalogApprovalStepModel {
  @Field(() => ApprovalStepKindEnum) kind!: ApprovalStepKind;
  @Field(() => ID, { nullable: true, description: 'RESOURCE_OWNER: the owner.' })
  personId!: string | null;
  @Field(() => String, { nullable: true, description: 'ROLE: the role that decides.' })
  role!: string | null;
}

@ObjectType('CatalogItem', { description: 'Something staff can order or apply for.' })
export class CatalogItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => String) key!: string;
  @Field(() => LocalisedTextModel) name!: LocalisedTextModel;
  @Field(() => LocalisedTextModel) description!: LocalisedTextModel;
  @Field(() => [CatalogFormFieldModel]) fields!: CatalogFormFieldModel[];
  @Field(() => [CatalogFormRuleModel]) rules!: CatalogFormRuleModel[];
  @Field(() => OrderableByEnum) orderableBy!: OrderableBy;
  @Field(() => [CatalogApprovalStepModel]) approvalSteps!: CatalogApprovalStepModel[];
  @Field(() => String, { nullable: true }) fulfilmentGroupName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Delivered within this many working days.' })
  fulfilmentWorkingDays!: number | null;
  @Field(() => Boolean) signatureRequired!: boolean;
  @Field(() => Boolean, {
    description:
      'A sensitive decision (an inspection of a mailbox or files): read only by those involved, the union representative told, a rejection final, the result recorded by the IT lead.',
  })
  confidential!: boolean;
}

@ObjectType('CatalogOrderVersion', { description: 'The form as submitted (1 = original).' })
export class CatalogOrderVersionModel {
  @Field(() => Int) formVersion!: number;
  @Field(() => String) valuesJson!: string;
  @Field(() => PersonSummaryModel) submittedBy!: PersonSummaryModel;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
}

@ObjectType('CatalogApproval', { description: 'A decision on one step of one version.' })
export class CatalogApprovalModel {
  @Field(() => Int) formVersion!: number;
  @Field(() => Int) stepIndex!: number;
  @Field(() => ApprovalDecisionEnum) decision!: ApprovalDecision;
  @Field(() => PersonSummaryModel) approver!: PersonSummaryModel;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
}

@ObjectType('CatalogFulfilment', { description: 'The ticket that delivers an approved order.' })
export class CatalogFulfilmentModel {
  @Field(() => ID) ticketId!: string;
  @Field(() => String) ticketNumber!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt!: Date | null;
}

@ObjectType('CatalogSignature', { description: 'Who signed what, when, and the hash of it.' })
export class CatalogSignatureModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) formVersion!: number;
  @Field(() => SignaturePurposeEnum) purpose!: SignaturePurpose;
  @Field(() => PersonSummaryModel) signer!: PersonSummaryModel;
  @Field(() => String) provider!: string;
  @Field(() => GraphQLISODateTime) signedAt!: Date;
  @Field(() => String, { description: 'SHA-256 (hex) of the canonical JSON signed.' })
  hash!: string;
  @Field(() => String, { description: 'The canonical JSON that was signed.' }) payload!: string;
  @Field(() => Boolean, { description: 'The hash recomputed from the stored payload matches.' })
  valid!: boolean;
  @Field(() => String, { nullable: true }) problem!: string | null;
}

@ObjectType('CatalogDocument', { description: 'The archived PDF of an approved, signed order.' })
export class CatalogDocumentModel {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => Int) size!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of the PDF bytes as archived.' })
  sha256!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Boolean, { description: 'The hash recomputed from the archived bytes matches.' })
  valid!: boolean;
  @Field(() => String, { description: 'Where to download it (with the session cookie).' })
  url!: string;
}

@ObjectType('CatalogResult', {
  description: 'The documented result of a sensitive decision, by the person who carried it out.',
})
export class CatalogResultModel {
  @Field(() => String) text!: string;
  @Field(() => PersonSummaryModel) recordedBy!: PersonSummaryModel;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}

@ObjectType('CatalogOrder', { description: 'An order or application and its history.' })
export class CatalogOrderModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => CatalogItemModel) item!: CatalogItemModel;
  @Field(() => PersonSummaryModel) orderer!: PersonSummaryModel;
  @Field(() => PersonSummaryModel) subject!: PersonSummaryModel;
  @Field(() => OrderStatusEnum) status!: OrderStatus;
  @Field(() => String, { description: 'The current form values as a JSON object.' })
  valuesJson!: string;
  @Field(() => Int) formVersion!: number;
  @Field(() => Int, { description: 'The approval step waiting (= number of steps when done).' })
  stepIndex!: number;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
}

@InputType('SignatureInput', { description: 'Signs the submission or decision.' })
export class SignatureInput {
  @Field(() => String, { nullable: true, description: 'PASSWORD (default).' })
  provider?: string | null;
  @Field(() => String, { nullable: true, description: 'PASSWORD: your own password again.' })
  password?: string | null;
  @Field(() => String, { nullable: true, description: 'EID: the orderRef from startEidSigning.' })
  orderRef?: string | null;
}

@ObjectType('EidSigningStart', { description: 'An e-ID order to approve in the BankID app.' })
export class EidSigningStartModel {
  @Field(() => String) orderRef!: string;
  @Field(() => String, {
    description: 'Opens the BankID app on this device (bankid:///?autostarttoken=…).',
  })
  autoStartToken!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The animated QR code to scan with the BankID app on another device, for this second; while the order is pending each try answers the next one in the EID_PENDING problem (params.qrData).',
  })
  qrData!: string | null;
}

@InputType('PlaceCatalogOrderInput')
export class PlaceCatalogOrderInput {
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { nullable: true, description: 'Someone below you (managers); default you.' })
  subjectId?: string | null;
  @Field(() => String, { description: 'The form values as a JSON object keyed by field key.' })
  valuesJson!: string;
  @Field(() => SignatureInput, { nullable: true }) signature?: SignatureInput | null;
}

@InputType('DecideCatalogOrderInput')
export class DecideCatalogOrderInput {
  @Field(() => ID) orderId!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  reason?: string | null;
  @Field(() => SignatureInput, { nullable: true }) signature?: SignatureInput | null;
}

@InputType('RecordCatalogOrderResultInput')
export class RecordCatalogOrderResultInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String, {
    description: 'What the inspection found or did (at most 4000 characters).',
  })
  result!: string;
}

@InputType('ResubmitCatalogOrderInput')
export class ResubmitCatalogOrderInput {
  @Field(() => ID) orderId!: string;
  @Field(() => String) valuesJson!: string;
  @Field(() => SignatureInput, { nullable: true }) signature?: SignatureInput | null;
}
