import { graphql, type ResultOf, ErrorFields } from '@sme/client';

export const RegisterOrganisationMutation = graphql(
  `
    mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
      registerOrganisation(input: $input) {
        __typename
        ... on RegisterOrganisationSuccess {
          data {
            id
            name
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
      }
    }
  `,
  [ErrorFields],
);

export const MyMembershipQuery = graphql(`
  query MyMembership {
    myOrganisation {
      id
      name
      creditCode
      contactName
      contactPhone
      membership {
        id
        status
        since
        unit {
          id
          name
          nameEn
        }
      }
      memberships {
        id
        status
        since
        endedOn
      }
      membershipRequest {
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
      }
    }
  }
`);

export const ApplyForMembershipMutation = graphql(
  `
    mutation ApplyForMembership($input: ApplyForMembershipInput!) {
      applyForMembership(input: $input) {
        __typename
        ... on ApplyForMembershipSuccess {
          data {
            id
            status
            requestedAt
          }
        }
        ...ErrorFields
        ... on ValidationError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export type MyMembershipOrganisation = NonNullable<ResultOf<typeof MyMembershipQuery>['myOrganisation']>;
