import { ErrorFields, graphql } from '@sme/client';

export const RankingQuery = graphql(`
  query ConsoleRecommendationRanking($year: Int!) {
    nationalRecommendationCandidates(year: $year) {
      rank
      score
      recommended
      components {
        name
        label
        value
        weight
        raw
        contribution
      }
      accreditation {
        id
        organisationName
        certificateNumber
      }
    }
  }
`);

export const WeightsQuery = graphql(`
  query ConsoleRecommendationWeights($year: Int) {
    recommendationWeights {
      version
      isDefault
      note
      setAt
      setBy
      components {
        name
        label
        weight
        defaultWeight
      }
    }
    recommendationRankings(year: $year) {
      id
      year
      rankedOn
      rankedAt
      rankedBy
      weightsVersion
      weights {
        name
        label
        weight
      }
    }
  }
`);

export const SetWeightsMutation = graphql(
  `
    mutation ConsoleSetRecommendationWeights($input: SetRecommendationWeightsInput!) {
      setRecommendationWeights(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

export const RecommendFromRankingMutation = graphql(
  `
    mutation ConsoleRecommendFromRanking($input: RecommendNationallyFromRankingInput!) {
      recommendNationallyFromRanking(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);
