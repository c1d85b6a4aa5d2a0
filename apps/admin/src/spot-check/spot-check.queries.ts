import { graphql, ErrorFields } from '@sme/client';

export const SpotCheckCampaignsQuery = graphql(`
  query SpotCheckCampaigns {
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

export const SpotCheckCampaignQuery = graphql(`
  query SpotCheckCampaign($id: ID!) {
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

export const DrawSpotCheckMutation = graphql(
  `
    mutation DrawSpotCheckSample($input: DrawSpotCheckSampleInput!) {
      drawSpotCheckSample(input: $input) {
        __typename
        ...ErrorFields
        ... on DrawSpotCheckSampleSuccess {
          data {
            id
            seed
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const RequestSpotCheckEvidenceMutation = graphql(
  `
    mutation RequestSpotCheckEvidence($input: RequestSpotCheckEvidenceInput!) {
      requestSpotCheckEvidence(input: $input) {
        __typename
        ...ErrorFields
        ... on RequestSpotCheckEvidenceSuccess {
          data {
            id
            status
            version
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const RecordSpotCheckResultMutation = graphql(
  `
    mutation RecordSpotCheckResult($input: RecordSpotCheckResultInput!) {
      recordSpotCheckResult(input: $input) {
        __typename
        ...ErrorFields
        ... on RecordSpotCheckResultSuccess {
          data {
            id
            status
            version
          }
        }
      }
    }
  `,
  [ErrorFields],
);
