import { graphql } from '@sme/client';
import { TitleSummaryFields } from './title-summary';

/** Every title, for choosing national recommendations among them. */
export const TitlesQuery = graphql(
  `
    query TitleChoices {
      accreditations {
        ...TitleSummaryFields
        revocation {
          id
          status
        }
      }
    }
  `,
  [TitleSummaryFields],
);

/** 示范平台称号: one page of titles, filtered and counted by the API. */
export const TitleListQuery = graphql(
  `
    query TitleList(
      $first: Int!
      $after: String
      $status: TitleStatus
      $on: Date
      $function: ServiceFunction
      $region: String
      $name: String
      $expiringYear: Int
    ) {
      titles(
        first: $first
        after: $after
        status: $status
        on: $on
        function: $function
        region: $region
        name: $name
        expiringYear: $expiringYear
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...TitleSummaryFields
          }
        }
      }
    }
  `,
  [TitleSummaryFields],
);

/** Cursor-only walk, to open a numbered page directly (usePageCursor in @sme/client). */
export const TitleCursorsQuery = graphql(`
  query TitleCursors(
    $first: Int!
    $after: String
    $status: TitleStatus
    $on: Date
    $function: ServiceFunction
    $region: String
    $name: String
    $expiringYear: Int
  ) {
    titles(
      first: $first
      after: $after
      status: $status
      on: $on
      function: $function
      region: $region
      name: $name
      expiringYear: $expiringYear
    ) {
      edges {
        cursor
      }
    }
  }
`);

export const TitleQuery = graphql(`
  query Title($id: ID!) {
    accreditation(id: $id) {
      id
      version
      certificateNumber
      organisationName
      region
      organisation {
        id
        creditCode
      }
      functions
      awardedOn
      validFrom
      validUntil
      imported
      titleStatus
      state
      allowedActions
      renewalYear
      renews {
        id
        certificateNumber
      }
      renewalApplications {
        id
        status
        round {
          name
        }
      }
      revocation {
        id
        reason
        status
        description
        evidence
        effectiveOn
        openedAt
        decidedAt
      }
      spotChecks {
        id
        status
        dueOn
        evidenceRequest
        responseText
        respondedAt
        findings
        campaign {
          id
          name
          seed
          drawnAt
        }
      }
      nationalRecommendations {
        id
        year
        note
      }
      timeline {
        id
        at
        action
        status
        note
        actor
      }
    }
  }
`);
