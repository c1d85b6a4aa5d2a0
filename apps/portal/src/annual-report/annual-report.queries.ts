import { ErrorFields, graphql } from '@sme/client';

export const AnnualReportFields = graphql(`
  fragment PortalAnnualReportFields on AnnualReport {
    id
    year
    status
    version
    servicesRecorded
    enterprisesServed
    publicWelfareServices
    publicWelfareShare
    activitiesAttended
    figuresFrozen
    summary
    dueOn
    overdue
    submittedAt
    reviewNote
    pdfUrl
    accreditation {
      id
    }
  }
`);

/** The reports the organisation's titles owe up to today, written or not. */
export const MyAnnualReportsDueQuery = graphql(`
  query PortalMyAnnualReportsDue {
    myAnnualReportsDue {
      year
      opensOn
      dueOn
      overdue
      accreditation {
        id
        certificateNumber
      }
      report {
        id
        status
        enterprisesServed
        publicWelfareServices
        activitiesAttended
      }
    }
  }
`);

/** One title's year: its report (if written), the records and the activities that make its figures. */
export const AnnualReportYearQuery = graphql(
  `
    query PortalAnnualReportYear($year: Int!) {
      myAccreditations {
        id
        certificateNumber
      }
      myAnnualReports {
        ...PortalAnnualReportFields
      }
      myAnnualReportsDue {
        year
        opensOn
        dueOn
        overdue
        accreditation {
          id
        }
      }
      myServiceRecords(year: $year) {
        id
        date
        kind
        title
        enterprisesServed
        free
        publicWelfare
        accreditation {
          id
        }
      }
      associationActivities(year: $year) {
        id
        title
        heldOn
        place
        attendees {
          id
        }
      }
    }
  `,
  [AnnualReportFields],
);

export const SubmitAnnualReportMutation = graphql(
  `
    mutation PortalSubmitAnnualReport($input: SubmitAnnualReportInput!) {
      submitAnnualReport(input: $input) {
        __typename
        ...ErrorFields
        ... on SubmitAnnualReportSuccess {
          data {
            id
            status
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const SaveAnnualReportDraftMutation = graphql(
  `
    mutation PortalSaveAnnualReportDraft($input: SaveAnnualReportDraftInput!) {
      saveAnnualReportDraft(input: $input) {
        __typename
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

/** The association's activities; the member sees which of them its platforms attended. */
export const MyActivitiesQuery = graphql(`
  query PortalAssociationActivities {
    associationActivities {
      id
      title
      heldOn
      place
      attendedByMe
    }
  }
`);
