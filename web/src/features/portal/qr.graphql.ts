import { graphql } from '../../gql';

export const PortalAddressesQuery = graphql(`
  query PortalAddresses {
    viewer {
      id
      tenants {
        id
        name
        portalUrl
      }
    }
  }
`);
