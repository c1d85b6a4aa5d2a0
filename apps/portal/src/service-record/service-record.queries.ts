import { ErrorFields, graphql } from '@sme/client';

// The fields a record shows; the same in the list and after saving.
export const ServiceRecordFields = graphql(`
  fragment PortalServiceRecordFields on ServiceRecord {
    id
    date
    kind
    title
    enterprisesServed
    free
    publicWelfare
    evidence {
      fileName
      downloadUrl
    }
    accreditation {
      id
    }
  }
`);

export const MyServiceRecordsQuery = graphql(
  `
    query PortalMyServiceRecords($year: Int) {
      myAccreditations {
        id
        certificateNumber
        validFrom
        validUntil
        titleStatus
      }
      myServiceRecords(year: $year) {
        ...PortalServiceRecordFields
      }
      myAnnualReports {
        id
        year
        status
        accreditation {
          id
        }
      }
    }
  `,
  [ServiceRecordFields],
);

export const RecordServiceMutation = graphql(
  `
    mutation PortalRecordServiceActivity($input: RecordServiceActivityInput!) {
      recordServiceActivity(input: $input) {
        __typename
        ...ErrorFields
        ... on ValidationError {
          fieldErrors {
            path
            message
          }
        }
        ... on RecordServiceActivitySuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const UpdateServiceRecordMutation = graphql(
  `
    mutation PortalUpdateServiceRecord($input: UpdateServiceRecordInput!) {
      updateServiceRecord(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

export const DeleteServiceRecordMutation = graphql(
  `
    mutation PortalDeleteServiceRecord($input: DeleteServiceRecordInput!) {
      deleteServiceRecord(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);
