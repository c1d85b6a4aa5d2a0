import { graphql, ErrorFields } from '@sme/client';

export const ReviewToDoQuery = graphql(`
  query ReviewToDo {
    reviewToDo {
      toRecommend
      toAssign
      toReassign
      toScore
      toDecide
      overdueInfoRequests
    }
  }
`);

export const RecommendationQueueQuery = graphql(`
  query RecommendationQueue {
    recommendationQueue {
      id
      status
      submittedAt
      functions
      organisation {
        name
        creditCode
      }
      round {
        name
      }
    }
  }
`);

export const ReviewApplicationQuery = graphql(`
  query ReviewApplication($id: ID!) {
    application(id: $id) {
      id
      factsFingerprint
      status
      version
      functions
      submittedAt
      decidedAt
      allowedActions
      needsReassignment
      organisation {
        name
        creditCode
      }
      round {
        id
        name
      }
      recommendations {
        id
        decision
        comment
        decidedAt
        decidedBy
        unit {
          name
        }
      }
      infoRequests {
        id
        request
        dueOn
        requestedAt
        response
        respondedAt
        requestedBy
      }
      reviews {
        count
        average
        spread
        wideSpread
        pass
        fail
      }
      assignments {
        id
        reviewerName
        assignedAt
        completedAt
        recusedAt
        conflictDeclaredAt
        weightedScore
        recommendation
        comment
        attestationVerdicts {
          code
          confirmed
        }
      }
      myAssignment {
        id
        completedAt
        recusedAt
        conflictDeclaredAt
        weightedScore
        recommendation
        comment
        scores {
          criterion
          score
        }
        attestationVerdicts {
          code
          confirmed
        }
      }
      rubric {
        code
        article
        title
        weight
        maxScore
      }
      attestedConditions {
        code
        article
        message
        condition
      }
      rejectedAttestations {
        code
        article
        condition
        rejectedBy
      }
      timeline {
        id
        at
        action
        status
        note
        actor
      }
    }
  }
`);

export const ExpertsQuery = graphql(`
  query Experts {
    experts(includeInactive: true) {
      id
      reviewerId
      name
      email
      functions
      provinceCode
      affiliations
      active
      load
      completed
      note
      unit {
        id
        name
      }
    }
    units {
      id
      name
    }
  }
`);

export const MyAssignmentsQuery = graphql(`
  query MyReviewAssignments {
    myReviewAssignments {
      id
      assignedAt
      completedAt
      recusedAt
      conflictDeclaredAt
      weightedScore
      application {
        id
        status
        functions
        organisation {
          name
        }
        round {
          name
        }
      }
    }
  }
`);

export const RoundsQuery = graphql(`
  query ReviewRounds {
    rounds {
      id
      year
      sequence
      name
      opensOn
      submissionDeadline
      reviewEndsOn
      isOpen
    }
  }
`);

export const RoundQuery = graphql(`
  query ReviewRound($id: ID!) {
    round(id: $id) {
      id
      year
      sequence
      name
      opensOn
      submissionDeadline
      reviewEndsOn
      isOpen
      applicationCounts {
        status
        count
      }
    }
  }
`);

export const DecisionsQuery = graphql(`
  query ReviewDecisions($roundId: ID) {
    applications(first: 200, status: UNDER_REVIEW, roundId: $roundId) {
      totalCount
      edges {
        node {
          id
          version
          functions
          organisation {
            name
          }
          round {
            name
          }
          reviews {
            count
            average
            spread
            wideSpread
            pass
            fail
          }
          assignments {
            id
            reviewerName
            completedAt
            recusedAt
            recommendation
            weightedScore
          }
          rejectedAttestations {
            code
            article
            condition
            rejectedBy
          }
        }
      }
    }
  }
`);

export const RecommendMutation = graphql(
  `
    mutation Recommend($input: RecommendApplicationInput!) {
      recommendApplication(input: $input) {
        __typename
        ...ErrorFields
        ... on RecommendApplicationSuccess {
          data {
            id
            status
            version
            allowedActions
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const ReturnMutation = graphql(
  `
    mutation ReturnApplication($input: ReturnApplicationInput!) {
      returnApplication(input: $input) {
        __typename
        ...ErrorFields
        ... on ReturnApplicationSuccess {
          data {
            id
            status
            version
            allowedActions
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const DeclineMutation = graphql(
  `
    mutation DeclineRecommendation($input: DeclineRecommendationInput!) {
      declineRecommendation(input: $input) {
        __typename
        ...ErrorFields
        ... on DeclineRecommendationSuccess {
          data {
            id
            status
            version
            allowedActions
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const AssignMutation = graphql(
  `
    mutation AssignReviewers($input: AssignReviewersInput!) {
      assignReviewers(input: $input) {
        __typename
        ...ErrorFields
        ... on AssignReviewersSuccess {
          data {
            id
            status
            version
            allowedActions
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const AutoAssignMutation = graphql(
  `
    mutation AutoAssignReviewers($input: AutoAssignReviewersInput!) {
      autoAssignReviewers(input: $input) {
        __typename
        ...ErrorFields
        ... on AutoAssignReviewersSuccess {
          data {
            assigned
            shortfalls {
              missing
              application {
                organisation {
                  name
                }
              }
            }
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const DeclareMutation = graphql(
  `
    mutation DeclareConflict($input: DeclareConflictOfInterestInput!) {
      declareConflictOfInterest(input: $input) {
        __typename
        ...ErrorFields
        ... on DeclareConflictOfInterestSuccess {
          data {
            id
            recusedAt
            conflictDeclaredAt
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const SubmitReviewMutation = graphql(
  `
    mutation SubmitReview($input: SubmitReviewInput!) {
      submitReview(input: $input) {
        __typename
        ...ErrorFields
        ... on SubmitReviewSuccess {
          data {
            id
            completedAt
            weightedScore
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const RequestInfoMutation = graphql(
  `
    mutation RequestMoreInformation($input: RequestMoreInformationInput!) {
      requestMoreInformation(input: $input) {
        __typename
        ...ErrorFields
        ... on RequestMoreInformationSuccess {
          data {
            id
            status
            version
            allowedActions
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const DecideMutation = graphql(
  `
    mutation DecideApplications($input: DecideApplicationsInput!) {
      decideApplications(input: $input) {
        __typename
        ...ErrorFields
        ... on DecideApplicationsSuccess {
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
export const SaveExpertMutation = graphql(
  `
    mutation SaveExpertProfile($input: SaveExpertProfileInput!) {
      saveExpertProfile(input: $input) {
        __typename
        ...ErrorFields
        ... on SaveExpertProfileSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const CreateRoundMutation = graphql(
  `
    mutation CreateRound($input: CreateRoundInput!) {
      createRound(input: $input) {
        __typename
        ...ErrorFields
        ... on CreateRoundSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);
export const UpdateRoundMutation = graphql(
  `
    mutation UpdateRound($input: UpdateRoundInput!) {
      updateRound(input: $input) {
        __typename
        ...ErrorFields
        ... on UpdateRoundSuccess {
          data {
            id
          }
        }
      }
    }
  `,
  [ErrorFields],
);
