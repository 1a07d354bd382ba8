import { graphql } from '../../gql';

export const AssetsQuery = graphql(`
  query Assets($tenantId: ID!, $search: String, $first: Int) {
    assets(tenantId: $tenantId, search: $search, first: $first) {
      id
      tag
      name
      kind
      location
      active
      status
      model
      serial
      purchaseDate
      priceMinor
      currency
      assignedPersonId
      assignedPersonName
      assignedUnitId
      assignedUnitName
      shared
      orderId
    }
  }
`);

export const AssetByTagQuery = graphql(`
  query AssetByTag($tag: String!) {
    assetByTag(tag: $tag) {
      id
      tag
      name
      kind
    }
  }
`);

export const SaveAssetMutation = graphql(`
  mutation SaveAsset($input: SaveAssetInput!) {
    saveAsset(input: $input) {
      id
      tag
      name
      kind
      location
      active
      status
      model
      serial
      purchaseDate
      priceMinor
      currency
      assignedPersonId
      assignedPersonName
      assignedUnitId
      assignedUnitName
      orderId
    }
  }
`);

export const SetAssetActiveMutation = graphql(`
  mutation SetAssetActive($id: ID!, $active: Boolean!) {
    setAssetActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const LinkTicketAssetMutation = graphql(`
  mutation LinkTicketAsset($input: LinkTicketAssetInput!) {
    linkTicketAsset(input: $input) {
      id
      version
      asset {
        id
        tag
        name
        kind
      }
    }
  }
`);

export const AssetTenantsQuery = graphql(`
  query AssetTenants {
    viewer {
      id
      tenants {
        id
        name
      }
    }
  }
`);

export const AssetUnitsQuery = graphql(`
  query AssetUnits($tenantId: ID!) {
    orgUnits(tenantId: $tenantId) {
      id
      name
    }
  }
`);

export const AssetsCsvQuery = graphql(`
  query AssetsCsv($tenantId: ID!) {
    assetsCsv(tenantId: $tenantId)
  }
`);

export const ImportAssetsCsvMutation = graphql(`
  mutation ImportAssetsCsv($tenantId: ID!, $csv: String!) {
    importAssetsCsv(tenantId: $tenantId, csv: $csv) {
      created
      updated
      problems {
        row
        column
        code
      }
    }
  }
`);

export const ChargebackReportQuery = graphql(`
  query ChargebackReport($tenantId: ID!, $month: String!) {
    chargebackReport(tenantId: $tenantId, month: $month) {
      month
      currency
      totalMinor
      lines {
        unitId
        unitName
        costCentre
        assetId
        assetTag
        assetName
        days
        amountMinor
      }
    }
  }
`);

export const ChargebackReportCsvQuery = graphql(`
  query ChargebackReportCsv($tenantId: ID!, $month: String!) {
    chargebackReportCsv(tenantId: $tenantId, month: $month)
  }
`);
