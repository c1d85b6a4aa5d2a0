import { graphql } from '@sme/client';

export const MySpotCheckQuery = graphql(`
  query PortalSpotCheck($id: ID!) {
    spotCheck(id: $id) {
      id
      status
      version
      dueOn
      evidenceRequest
      evidenceRequestedAt
      responseText
      respondedAt
      findings
      allowedActions
      evidenceFiles {
        id
        fileName
        sizeBytes
        uploadedAt
        uploadedBy
        downloadUrl
      }
      accreditation {
        id
        certificateNumber
        organisationName
      }
    }
  }
`);

export const RespondMutation = graphql(`
  mutation PortalRespondToSpotCheck($input: RespondToSpotCheckInput!) {
    respondToSpotCheck(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on RespondToSpotCheckSuccess {
        data {
          id
          status
          version
          responseText
          respondedAt
        }
      }
    }
  }
`);

export const RemoveEvidenceMutation = graphql(`
  mutation PortalRemoveSpotCheckEvidence($input: RemoveSpotCheckEvidenceInput!) {
    removeSpotCheckEvidence(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on RemoveSpotCheckEvidenceSuccess {
        data {
          id
          evidenceFiles {
            id
          }
        }
      }
    }
  }
`);
