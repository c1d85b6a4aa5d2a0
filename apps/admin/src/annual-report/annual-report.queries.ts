import { ErrorFields, graphql } from '@sme/client';

export const AnnualReportRowFields = graphql(`
  fragment ConsoleAnnualReportFields on AnnualReport {
    id
    year
    status
    servicesRecorded
    enterprisesServed
    publicWelfareServices
    publicWelfareShare
    activitiesAttended
    dueOn
    overdue
    submittedAt
    accreditation {
      id
      organisationName
      certificateNumber
    }
  }
`);

export const AnnualReportsQuery = graphql(
  `
    query ConsoleAnnualReports($year: Int!, $status: AnnualReportStatus) {
      annualReports(year: $year, status: $status) {
        ...ConsoleAnnualReportFields
      }
    }
  `,
  [AnnualReportRowFields],
);

/** Reports past their due date and not submitted, of every year. */
export const OverdueAnnualReportsQuery = graphql(`
  query ConsoleOverdueAnnualReports {
    overdueAnnualReports {
      year
      dueOn
      accreditation {
        id
        organisationName
        certificateNumber
      }
      report {
        id
        status
      }
    }
  }
`);

export const AnnualReportQuery = graphql(
  `
    query ConsoleAnnualReport($id: ID!) {
      annualReport(id: $id) {
        ...ConsoleAnnualReportFields
        version
        summary
        figuresFrozen
        submittedBy
        reviewedAt
        reviewNote
        allowedActions
        pdfUrl
        timeline {
          at
          action
          actor
          note
        }
      }
    }
  `,
  [AnnualReportRowFields],
);

export const ReviewAnnualReportMutation = graphql(
  `
    mutation ConsoleReviewAnnualReport($input: ReviewAnnualReportInput!) {
      reviewAnnualReport(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);
