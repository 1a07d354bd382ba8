import { graphql } from '../../gql';

export const ItAvailabilityQuery = graphql(`
  query ItAvailability {
    itAvailability {
      tier
      until
      absenceKind
      absenceNote
      onCallPhone
      timeZone
    }
  }
`);
