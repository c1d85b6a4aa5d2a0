import { graphql, ErrorFields } from '@sme/client';

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

export const RespondMutation = graphql(
  `
    mutation PortalRespondToSpotCheck($input: RespondToSpotCheckInput!) {
      respondToSpotCheck(input: $input) {
        __typename
        ...ErrorFields
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
  `,
  [ErrorFields],
);

export const RemoveEvidenceMutation = graphql(
  `
    mutation PortalRemoveSpotCheckEvidence($input: RemoveSpotCheckEvidenceInput!) {
      removeSpotCheckEvidence(input: $input) {
        __typename
        ...ErrorFields
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
  `,
  [ErrorFields],
);
