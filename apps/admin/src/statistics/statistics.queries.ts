import { graphql, type ResultOf } from '@sme/client';

// One query for the whole dashboard: every figure is its own SQL aggregate on the server, and the
// same filter applies to all of them (the statistics API, docs/analysts.md).
export const DashboardStatisticsQuery = graphql(`
  query DashboardStatistics($filter: StatisticsFilter, $expiringDays: Int!) {
    statistics(filter: $filter) {
      applicationsByStatus {
        status
        count
      }
      accreditationsByFunction {
        function
        count
      }
      accreditationsByRegion {
        region
        name
        count
      }
      accreditationsByUnit {
        unit {
          id
          name
        }
        count
      }
      accreditationsValid
      serviceOutputByYear {
        year
        services
        platforms
        enterprisesServed
        publicWelfareServices
        publicWelfareShare
      }
      annualReportCompliance {
        year
        owed
        submitted
        overdue
        complianceRate
      }
      passRate
      medianDaysSubmittedToDecided
      expiringWithin(days: $expiringDays)
      spotChecks {
        drawn
        passed
        failed
        pending
      }
      revocationsByReason {
        reason
        count
      }
      funnel {
        round {
          id
          name
        }
        year
        drafted
        submitted
        recommended
        reviewed
        passed
        noticed
        accredited
      }
      trendsByYear {
        year
        drafted
        submitted
        recommended
        reviewed
        passed
        noticed
        accredited
        awarded
        passRate
        medianDaysSubmittedToDecided
      }
    }
  }
`);

export type DashboardStatistics = ResultOf<typeof DashboardStatisticsQuery>['statistics'];

export const StatisticsRoundsQuery = graphql(`
  query StatisticsRounds {
    rounds {
      id
      name
      year
      sequence
    }
  }
`);

export const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      createdAt
      expiresAt
      revokedAt
      lastUsedAt
      active
    }
  }
`);

export type ApiTokenRow = ResultOf<typeof MyApiTokensQuery>['myApiTokens'][number];

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreateApiTokenSuccess {
        data {
          token
          apiToken {
            id
            name
            expiresAt
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
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      __typename
      ... on RevokeApiTokenSuccess {
        data {
          id
          revokedAt
          active
        }
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);
