import { graphql, ErrorFields } from '@sme/client';

export const RevocationsQuery = graphql(`
  query Revocations {
    revocations {
      id
      reason
      status
      description
      evidence
      effectiveOn
      openedAt
      accreditation {
        id
        version
        certificateNumber
        organisationName
        validFrom
        validUntil
      }
    }
  }
`);

export const RevokeMutation = graphql(
  `
    mutation RevokeTitle($input: RevokeAccreditationInput!) {
      revokeAccreditation(input: $input) {
        __typename
        ...ErrorFields
        ... on RevokeAccreditationSuccess {
          data {
            id
            status
            effectiveOn
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const OverdueOpenRevocationsQuery = graphql(`
  query OverdueOpenRevocations {
    overdueOpenRevocations {
      count
      workingDays
    }
  }
`);
