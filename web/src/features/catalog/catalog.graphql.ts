import { graphql } from '../../gql';

export const CatalogItemFields = graphql(`
  fragment CatalogItemFields on CatalogItem {
    id
    key
    name {
      sv
      nb
      en
    }
    description {
      sv
      nb
      en
    }
    orderableBy
    signatureRequired
    confidential
    fulfilmentWorkingDays
    fulfilmentGroupName
    approvalSteps {
      kind
      role
    }
    fields {
      key
      type
      required
      correctable
      label {
        sv
        nb
        en
      }
      help {
        sv
        nb
        en
      }
      options {
        value
        label {
          sv
          nb
          en
        }
      }
    }
    rules {
      kind
      from
      to
    }
  }
`);

export const CatalogItemsQuery = graphql(`
  query CatalogItems {
    catalogItems {
      ...CatalogItemFields
    }
    peopleToFileFor {
      id
      displayName
    }
  }
`);

export const CatalogOrderSummaryFields = graphql(`
  fragment CatalogOrderSummaryFields on CatalogOrder {
    id
    status
    createdAt
    formVersion
    item {
      id
      name {
        sv
        nb
        en
      }
    }
    subject {
      id
      displayName
    }
    orderer {
      id
      displayName
    }
  }
`);

export const MyCatalogOrdersQuery = graphql(`
  query MyCatalogOrders {
    myCatalogOrders {
      ...CatalogOrderSummaryFields
    }
    catalogApprovalInbox {
      ...CatalogOrderSummaryFields
    }
    confidentialCatalogOrders {
      ...CatalogOrderSummaryFields
    }
  }
`);

export const CatalogOrderQuery = graphql(`
  query CatalogOrder($id: ID!) {
    catalogOrder(id: $id) {
      ...CatalogOrderSummaryFields
      valuesJson
      rejectionReason
      stepIndex
      mayDecide
      mayRecordResult
      decidedAt
      result {
        text
        recordedAt
        recordedBy {
          displayName
        }
      }
      item {
        ...CatalogItemFields
      }
      versions {
        formVersion
        valuesJson
        submittedAt
        submittedBy {
          displayName
        }
      }
      approvals {
        formVersion
        stepIndex
        decision
        reason
        decidedAt
        approver {
          displayName
        }
      }
      fulfilments {
        ticketId
        ticketNumber
        dueAt
      }
      signatures {
        id
        purpose
        signedAt
        hash
        provider
        valid
        signer {
          displayName
        }
      }
      document {
        id
        fileName
        size
        sha256
        valid
        url
      }
    }
  }
`);

export const PlaceCatalogOrderMutation = graphql(`
  mutation PlaceCatalogOrder($input: PlaceCatalogOrderInput!) {
    placeCatalogOrder(input: $input) {
      id
      status
    }
  }
`);

export const DecideCatalogOrderMutation = graphql(`
  mutation DecideCatalogOrder($input: DecideCatalogOrderInput!) {
    decideCatalogOrder(input: $input) {
      id
      status
      stepIndex
      mayDecide
    }
  }
`);

export const ResubmitCatalogOrderMutation = graphql(`
  mutation ResubmitCatalogOrder($input: ResubmitCatalogOrderInput!) {
    resubmitCatalogOrder(input: $input) {
      id
      status
      formVersion
    }
  }
`);

export const RecordCatalogOrderResultMutation = graphql(`
  mutation RecordCatalogOrderResult($input: RecordCatalogOrderResultInput!) {
    recordCatalogOrderResult(input: $input) {
      id
      status
      mayRecordResult
    }
  }
`);

export const CatalogSubjectsQuery = graphql(`
  query CatalogSubjects($itemId: ID!) {
    catalogSubjects(itemId: $itemId) {
      id
      displayName
    }
  }
`);

export const SignatureProvidersQuery = graphql(`
  query SignatureProviders {
    signatureProviders
  }
`);

export const StartEidSigningMutation = graphql(`
  mutation StartEidSigning {
    startEidSigning {
      orderRef
      autoStartToken
      qrData
    }
  }
`);

export const CancelEidSigningMutation = graphql(`
  mutation CancelEidSigning($orderRef: String!) {
    cancelEidSigning(orderRef: $orderRef)
  }
`);
