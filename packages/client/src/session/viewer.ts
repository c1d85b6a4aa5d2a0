import { graphql, type ResultOf } from '../graphql';

// Who is signed in, with what both front ends show in their header: the member's
// organisation (portal) or the staff member's unit (console).
export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      roles
      organisation {
        id
        name
        creditCode
      }
      unit {
        id
        name
        kind
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        data {
          id
          email
          roles
          displayName
        }
      }
      ... on InvalidCredentialsError {
        message
      }
      ... on TwoFactorRequiredError {
        message
      }
      ... on LoginThrottledError {
        message
        retryAfterSeconds
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

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export type Viewer = NonNullable<ResultOf<typeof MeQuery>['me']>;
