import { graphql, type ResultOf } from '@sme/client';

/** What a row of titles reads (the titles list, the national-recommendation candidates): declared
 * once, spread by each query that lists titles, read with readFragment. */
export const TitleSummaryFields = graphql(`
  fragment TitleSummaryFields on Accreditation {
    id
    certificateNumber
    organisationName
    region
    functions
    validFrom
    validUntil
    imported
    titleStatus
  }
`);

export type TitleSummary = ResultOf<typeof TitleSummaryFields>;
