import { graphql } from '@sme/client';

export const TitleServiceRecordsQuery = graphql(`
  query ConsoleTitleServiceRecords($accreditationId: ID!, $year: Int) {
    serviceRecords(accreditationId: $accreditationId, year: $year) {
      id
      date
      kind
      title
      enterprisesServed
      free
      publicWelfare
      evidence {
        fileName
        downloadUrl
      }
    }
  }
`);
