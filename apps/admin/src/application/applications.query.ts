import { graphql, type ResultOf } from '@sme/client';

export const ApplicationsQuery = graphql(`
  query Applications($first: Int!, $after: String, $status: ApplicationStatus, $roundId: ID, $reviewOverdue: Boolean) {
    applications(first: $first, after: $after, status: $status, roundId: $roundId, reviewOverdue: $reviewOverdue) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          functions
          updatedAt
          organisation {
            id
            name
            creditCode
          }
          round {
            id
            name
          }
        }
      }
    }
  }
`);

export const RoundsQuery = graphql(`
  query Rounds {
    rounds {
      id
      name
      year
      sequence
    }
  }
`);

export type ApplicationRow = ResultOf<typeof ApplicationsQuery>['applications']['edges'][number]['node'];
export type RoundOption = ResultOf<typeof RoundsQuery>['rounds'][number];

/** Cursor-only walk, to open a numbered page directly (see usePageCursor in @sme/client). */
export const ApplicationCursorsQuery = graphql(`
  query ApplicationCursors(
    $first: Int!
    $after: String
    $status: ApplicationStatus
    $roundId: ID
    $reviewOverdue: Boolean
  ) {
    applications(first: $first, after: $after, status: $status, roundId: $roundId, reviewOverdue: $reviewOverdue) {
      edges {
        cursor
      }
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
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
        creditCode
      }
      round {
        id
        name
        submissionDeadline
      }
    }
  }
`);

export type ApplicationDetail = NonNullable<ResultOf<typeof ApplicationQuery>['application']>;
