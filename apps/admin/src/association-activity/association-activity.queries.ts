import { ErrorFields, graphql } from '@sme/client';

export const AssociationActivitiesQuery = graphql(`
  query ConsoleAssociationActivities($year: Int) {
    associationActivities(year: $year) {
      id
      title
      heldOn
      place
      attendees {
        id
        organisationName
        certificateNumber
      }
    }
  }
`);

/** The titles attendance may be recorded for. */
export const AttendableTitlesQuery = graphql(`
  query ConsoleAttendableTitles {
    accreditations {
      id
      organisationName
      certificateNumber
      titleStatus
    }
  }
`);

export const CreateAssociationActivityMutation = graphql(
  `
    mutation ConsoleCreateAssociationActivity($input: CreateAssociationActivityInput!) {
      createAssociationActivity(input: $input) {
        __typename
        ...ErrorFields
        ... on CreateAssociationActivitySuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const RecordActivityAttendanceMutation = graphql(
  `
    mutation ConsoleRecordActivityAttendance($input: RecordActivityAttendanceInput!) {
      recordActivityAttendance(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);
