import { graphql, ErrorFields } from '@sme/client';

export const MyTitlesQuery = graphql(`
  query PortalMyTitles {
    myAccreditations {
      id
      certificateNumber
      functions
      awardedOn
      validFrom
      validUntil
      imported
      titleStatus
      renewable
      renewalYear
      renewalBlocker {
        article
        code
        message
      }
      revocation {
        reason
        status
        effectiveOn
        description
      }
      renewalApplications {
        id
        status
        round {
          name
        }
      }
    }
    mySpotChecks {
      id
      status
      dueOn
      evidenceRequest
      respondedAt
      accreditation {
        id
      }
    }
  }
`);

export const OpenRoundsQuery = graphql(`
  query PortalOpenRounds {
    openRounds {
      id
      name
      submissionDeadline
    }
  }
`);

export const RenewMutation = graphql(
  `
    mutation PortalCreateRenewal($input: CreateRenewalApplicationInput!) {
      createRenewalApplication(input: $input) {
        __typename
        ...ErrorFields
        ... on CreateRenewalApplicationSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);
