import { graphql, type ResultOf, ErrorFields } from '@sme/client';

export const NoticesQuery = graphql(`
  query AdminNotices {
    publicNotices {
      id
      title
      publishedOn
      startsOn
      endsOn
      status
      running
      over
      round {
        id
        name
      }
      entries {
        id
        outcome
      }
      awardBlocker {
        article
        code
        message
      }
    }
  }
`);

export const NoticeQuery = graphql(`
  query AdminNotice($id: ID!) {
    publicNotice(id: $id) {
      id
      title
      body
      publishedOn
      evidenceUrl
      startsOn
      endsOn
      workingDays
      status
      running
      over
      closedAt
      round {
        id
        name
      }
      awardBlocker {
        article
        code
        message
      }
      entries {
        id
        applicationId
        organisationName
        region
        functions
        isRenewal
        outcome
        objections {
          id
          status
        }
      }
      objections {
        id
        receiptNumber
        lodgedByName
        contact
        grounds
        lodgedAt
        status
        decisionNote
        decidedAt
        decidedBy {
          displayName
        }
        entry {
          id
          organisationName
        }
        attachments {
          id
          fileName
          sizeBytes
          downloadUrl
        }
      }
    }
  }
`);

export const ObjectionsQuery = graphql(`
  query AdminObjections($status: ObjectionStatus) {
    objections(status: $status) {
      id
      receiptNumber
      lodgedByName
      contact
      grounds
      attachments {
        id
        fileName
        sizeBytes
        downloadUrl
      }
      lodgedAt
      status
      decisionNote
      decidedAt
      entry {
        id
        organisationName
        notice {
          id
          title
          endsOn
          running
        }
      }
    }
  }
`);

export const PublishCandidatesQuery = graphql(`
  query PublishCandidates {
    rounds {
      id
      name
      year
      sequence
    }
    applications(first: 50, status: REVIEW_PASSED) {
      totalCount
      edges {
        node {
          id
          functions
          decidedAt
          organisation {
            name
          }
          round {
            id
            name
          }
        }
      }
    }
  }
`);

export const NoticePeriodQuery = graphql(`
  query PublishNoticePeriod($publishedOn: Date!) {
    noticePeriod(publishedOn: $publishedOn) {
      publishedOn
      startsOn
      endsOn
      workingDays
      unconfirmedYears
    }
  }
`);

export const PublishNoticeMutation = graphql(
  `
    mutation PublishNotice($input: PublishNoticeInput!) {
      publishNotice(input: $input) {
        __typename
        ... on PublishNoticeSuccess {
          data {
            id
          }
        }
        ...ErrorFields
        ... on ValidationError {
          fieldErrors {
            path
            message
          }
        }
      }
    }
  `,
  [ErrorFields],
);

export const ResolveObjectionMutation = graphql(
  `
    mutation ResolveObjection($input: ResolveObjectionInput!) {
      resolveObjection(input: $input) {
        __typename
        ... on ResolveObjectionSuccess {
          data {
            id
            status
            decisionNote
            decidedAt
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

export const AwardMutation = graphql(
  `
    mutation AwardAccreditations($input: AwardAccreditationsInput!) {
      awardAccreditations(input: $input) {
        __typename
        ... on AwardAccreditationsSuccess {
          data {
            id
            certificateNumber
            organisationName
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
);

export const CertificatesQuery = graphql(`
  query AdminCertificates {
    accreditations {
      id
      certificateNumber
      organisationName
      region
      functions
      awardedOn
      validFrom
      validUntil
      status
      imported
    }
  }
`);

export type NoticeDetail = NonNullable<ResultOf<typeof NoticeQuery>['publicNotice']>;
export type ObjectionRow = NoticeDetail['objections'][number];

/** Typenames the notice pages change, so urql refetches the lists after a mutation. */
export const NOTICE_CONTEXT = { additionalTypenames: ['PublicNotice', 'Objection', 'Accreditation', 'Application'] };
