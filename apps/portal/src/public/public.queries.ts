import { graphql, ErrorFields } from '@sme/client';

export const PublicNoticesQuery = graphql(`
  query PublicNotices {
    publicNotices {
      id
      title
      body
      publishedOn
      evidenceUrl
      startsOn
      endsOn
      workingDays
      running
      over
      status
      entries {
        id
        applicationId
        organisationName
        region
        functions
        isRenewal
      }
    }
  }
`);

export const LodgeObjectionMutation = graphql(
  `
    mutation LodgeObjection($input: LodgeObjectionInput!) {
      lodgeObjection(input: $input) {
        __typename
        ... on LodgeObjectionSuccess {
          data {
            receiptNumber
            status
            lodgedAt
            organisationName
            noticeTitle
            attachmentCount
          }
        }
        ...ErrorFields
        ... on ValidationError {
          message
          fieldErrors {
            path
            message
          }
        }
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export const ObjectionReceiptQuery = graphql(`
  query ObjectionReceipt($receiptNumber: String!) {
    objectionReceipt(receiptNumber: $receiptNumber) {
      receiptNumber
      status
      lodgedAt
      decidedAt
      decisionNote
      organisationName
      noticeTitle
      attachmentCount
    }
  }
`);

export const RegisterQuery = graphql(`
  query PublicRegister($name: String, $function: ServiceFunction, $region: String, $first: Int, $after: String) {
    register(name: $name, function: $function, region: $region, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          certificateNumber
          organisationName
          region
          functions
          validFrom
          validUntil
          status
          revocationPending
        }
      }
    }
  }
`);

export const RevokedTitlesQuery = graphql(`
  query PublicRevokedTitles {
    revokedTitles {
      certificateNumber
      organisationName
      functions
      reason
      effectiveOn
    }
  }
`);

export const CertificateCheckQuery = graphql(`
  query CertificateCheck($number: String!) {
    certificate(number: $number) {
      number
      status
      organisationName
      functions
      awardedOn
      validFrom
      validUntil
      revokedOn
      revocationPending
    }
  }
`);

export const RegisterCursorsQuery = graphql(`
  query PublicRegisterCursors($name: String, $function: ServiceFunction, $region: String, $first: Int, $after: String) {
    register(name: $name, function: $function, region: $region, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);
