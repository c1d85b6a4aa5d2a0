import { graphql, type ResultOf, ErrorFields } from '@sme/client';

export const MyApplicationsQuery = graphql(`
  query MyApplications {
    myApplications {
      id
      status
      functions
      createdAt
      updatedAt
      round {
        id
        name
      }
    }
  }
`);

export const OpenRoundsQuery = graphql(`
  query OpenRounds {
    openRounds {
      id
      name
      submissionDeadline
    }
  }
`);

export const CreateDraftApplicationMutation = graphql(
  `
    mutation CreateDraftApplication($input: CreateDraftApplicationInput!) {
      createDraftApplication(input: $input) {
        __typename
        ... on CreateDraftApplicationSuccess {
          data {
            id
            status
            functions
            createdAt
            updatedAt
            round {
              id
              name
            }
          }
        }
        ... on ValidationError {
          message
          fieldErrors {
            path
            message
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

export type MyApplication = ResultOf<typeof MyApplicationsQuery>['myApplications'][number];
export type OpenRound = ResultOf<typeof OpenRoundsQuery>['openRounds'][number];
export type CreateDraftApplicationResult = ResultOf<typeof CreateDraftApplicationMutation>['createDraftApplication'];

export const MyApplicationQuery = graphql(`
  query MyApplication($id: ID!) {
    application(id: $id) {
      id
      status
      functions
      isRenewal
      createdAt
      submittedAt
      updatedAt
      organisation {
        id
        name
      }
      round {
        id
        name
        submissionDeadline
      }
    }
  }
`);

export type MyApplicationDetail = NonNullable<ResultOf<typeof MyApplicationQuery>['application']>;
