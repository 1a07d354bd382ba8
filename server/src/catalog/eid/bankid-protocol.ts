/**
 * The relying-party API of BankID (v6): start an order, poll `collect` about every two seconds
 * until it is complete or failed, cancel it otherwise. Only what Linje uses is typed here.
 */
export const RP_PATH = '/rp/v6.0';

export interface SignRequest {
  endUserIp: string;
  /** Base64 (UTF-8) text shown to the person in their BankID app. */
  userVisibleData: string;
  /** Base64 data the signature covers without being shown (here: the canonical JSON's SHA-256). */
  userNonVisibleData?: string;
}

export interface OrderResponse {
  orderRef: string;
  autoStartToken: string;
  qrStartToken: string;
  qrStartSecret: string;
}

export interface CompletionUser {
  personalNumber: string;
  name: string;
  givenName: string;
  surname: string;
}

export interface CollectResponse {
  orderRef: string;
  status: 'pending' | 'failed' | 'complete';
  hintCode?: string;
  completionData?: {
    user: CompletionUser;
    device: { ipAddress: string };
    bankIdIssueDate: string;
    /** Base64 XML signature. */
    signature: string;
    ocspResponse: string;
  };
}

export interface RpError {
  errorCode: string;
  details: string;
}
