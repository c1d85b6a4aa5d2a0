import { graphql, ErrorFields } from '@sme/client';

export const NationalRecommendationsQuery = graphql(`
  query NationalRecommendations($year: Int) {
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

export const RecommendNationallyMutation = graphql(
  `
    mutation RecommendNationally($input: RecommendNationallyInput!) {
      recommendNationally(input: $input) {
        __typename
        ...ErrorFields
        ... on RecommendNationallySuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);
