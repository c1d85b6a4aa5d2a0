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

/** What a title's platform did since the award (Art. 12), as a spot check (Art. 13) reads it. */
export const TitleObligationsQuery = graphql(`
  query ConsoleTitleObligations($id: ID!) {
    accreditation(id: $id) {
      id
      annualReportsDue {
        year
        dueOn
        overdue
        report {
          id
          status
          enterprisesServed
          publicWelfareServices
          activitiesAttended
        }
      }
      activitiesAttended {
        id
        title
        heldOn
        place
      }
    }
  }
`);
