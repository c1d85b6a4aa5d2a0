import { graphql } from '@sme/client';
import { TitleSummaryFields } from './title-summary';

/** Every title, for choosing national recommendations among them. */
export const TitlesQuery = graphql(
  `
    query AfterAwardTitles {
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
    query AfterAwardTitleList(
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
  query AfterAwardTitleCursors(
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
  query AfterAwardTitle($id: ID!) {
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

export const CampaignsQuery = graphql(`
  query AfterAwardCampaigns {
    spotCheckCampaigns {
      id
      name
      year
      seed
      sampleSize
      populationSize
      stratified
      drawnAt
      drawnBy {
        displayName
      }
      checks {
        id
        status
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query AfterAwardCampaign($id: ID!) {
    spotCheckCampaign(id: $id) {
      id
      name
      year
      seed
      algorithm
      sampleSize
      populationSize
      stratified
      drawnAt
      drawnBy {
        displayName
      }
      checks {
        id
        position
        status
        version
        dueOn
        evidenceRequest
        responseText
        evidenceFiles {
          id
          fileName
          sizeBytes
          uploadedAt
          downloadUrl
        }
        respondedAt
        findings
        allowedActions
        accreditation {
          id
          certificateNumber
          organisationName
          functions
          revocation {
            id
            status
          }
        }
      }
    }
  }
`);

export const RevocationsQuery = graphql(`
  query AfterAwardRevocations {
    revocations {
      id
      reason
      status
      description
      evidence
      effectiveOn
      openedAt
      accreditation {
        id
        version
        certificateNumber
        organisationName
        validFrom
        validUntil
      }
    }
  }
`);

export const NationalRecommendationsQuery = graphql(`
  query AfterAwardNationalRecommendations($year: Int) {
    nationalRecommendations(year: $year) {
      id
      year
      note
      recommendedAt
      accreditation {
        id
        certificateNumber
        organisationName
        region
        functions
        validUntil
      }
    }
  }
`);

export const ImportMutation = graphql(`
  mutation AfterAwardImport($input: ImportAccreditationsInput!) {
    importAccreditations(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on ImportRowsError {
        problems {
          row
          field
          message
        }
      }
      ... on ImportAccreditationsSuccess {
        data {
          id
          certificateNumber
        }
      }
    }
  }
`);

export const DrawMutation = graphql(`
  mutation AfterAwardDraw($input: DrawSpotCheckSampleInput!) {
    drawSpotCheckSample(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on DrawSpotCheckSampleSuccess {
        data {
          id
          seed
        }
      }
    }
  }
`);

export const RequestEvidenceMutation = graphql(`
  mutation AfterAwardRequestEvidence($input: RequestSpotCheckEvidenceInput!) {
    requestSpotCheckEvidence(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on RequestSpotCheckEvidenceSuccess {
        data {
          id
          status
          version
        }
      }
    }
  }
`);

export const RecordResultMutation = graphql(`
  mutation AfterAwardRecordResult($input: RecordSpotCheckResultInput!) {
    recordSpotCheckResult(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on RecordSpotCheckResultSuccess {
        data {
          id
          status
          version
        }
      }
    }
  }
`);

export const RevokeMutation = graphql(`
  mutation AfterAwardRevoke($input: RevokeAccreditationInput!) {
    revokeAccreditation(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on RevokeAccreditationSuccess {
        data {
          id
          status
          effectiveOn
        }
      }
    }
  }
`);

export const RecommendNationallyMutation = graphql(`
  mutation AfterAwardRecommendNationally($input: RecommendNationallyInput!) {
    recommendNationally(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on RecommendNationallySuccess {
        data {
          id
        }
      }
    }
  }
`);

export const OverdueOpenRevocationsQuery = graphql(`
  query OverdueOpenRevocations {
    overdueOpenRevocations {
      count
      workingDays
    }
  }
`);
