import { graphql, type ResultOf, ErrorFields } from '@sme/client';

export const MembershipRequestsQuery = graphql(`
  query MembershipRequests($status: MembershipRequestStatus) {
    membershipRequests(status: $status) {
      id
      status
      note
      requestedAt
      decidedAt
      decisionNote
      unit {
        id
        name
        nameEn
      }
      organisation {
        id
        name
        creditCode
        contactName
        contactPhone
        contactEmail
      }
    }
  }
`);

export const UnitsForMembershipQuery = graphql(`
  query UnitsForMembership {
    units {
      id
      name
      nameEn
      kind
    }
  }
`);

export const ApproveMembershipMutation = graphql(
  `
    mutation ApproveMembership($input: ApproveMembershipInput!) {
      approveMembership(input: $input) {
        __typename
        ... on ApproveMembershipSuccess {
          data {
            id
            status
            since
            unit {
              id
              name
            }
          }
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
        ... on ValidationError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export const RefuseMembershipMutation = graphql(
  `
    mutation RefuseMembership($input: RefuseMembershipInput!) {
      refuseMembership(input: $input) {
        __typename
        ... on RefuseMembershipSuccess {
          data {
            id
            status
            decisionNote
          }
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
        ... on ValidationError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export type MembershipRequestRow = ResultOf<typeof MembershipRequestsQuery>['membershipRequests'][number];
export type UnitOption = ResultOf<typeof UnitsForMembershipQuery>['units'][number];
