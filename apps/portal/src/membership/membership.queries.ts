import { graphql, type ResultOf } from '@sme/client';

export const RegisterOrganisationMutation = graphql(`
  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) {
      __typename
      ... on RegisterOrganisationSuccess {
        data {
          id
          name
        }
      }
      ... on RuleViolationError {
        article
        code
        message
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

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

export const ApplyForMembershipMutation = graphql(`
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
      ... on RuleViolationError {
        article
        code
        message
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

export type MyMembershipOrganisation = NonNullable<ResultOf<typeof MyMembershipQuery>['myOrganisation']>;
