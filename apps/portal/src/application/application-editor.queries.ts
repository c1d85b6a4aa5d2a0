import { graphql, type ResultOf, ErrorFields } from '@sme/client';
import { MaterialFields } from './materials-step';

// Everything the application page shows: the editor while the facts may change, the status
// page afterwards. One query, so both views and the live panel read the same version.
export const ApplicationEditorQuery = graphql(
  `
    query ApplicationEditor($id: ID!) {
      application(id: $id) {
        id
        status
        version
        functions
        isRenewal
        renewsAccreditation {
          id
          certificateNumber
          validUntil
          titleStatus
        }
        renewalPrefilledFrom {
          id
          round {
            name
          }
        }
        createdAt
        submittedAt
        updatedAt
        allowedActions
        factsFingerprint
        organisation {
          id
          name
          kind
          foundedOn
        }
        round {
          id
          name
          submissionDeadline
        }
        facts {
          foundedOn
          organisationKind
          totalAssetsYuan
          satisfactionPercent
          freeOrLowFeeSharePercent
          smesServedLastYear
          smesServedYearBefore
          aggregatedInstitutions
          serviceStaff
          qualifiedStaff
          independentLegalPerson
          soundFinances
          soundOperation
          reputation
          fixedPremises
          managementRules
          reasonableFees
          qualityAssurance
          smallMicroFeeConcessions
          developmentPlan
          soundManagementTeam
          principalIntegrity
          organisesServiceResources
          savedAt
          functions {
            function
            activitiesPerYear
            offlineEnterprisesServed
            traineesPerYear
            financingFacilitatedYuan
            newGuaranteesYuan
            onlineServiceSystem
            organisesResources
            expertDatabase
            projectDatabase
            instrumentSharing
            strongCoaching
            startupGuide
            serviceHotline
            governmentAgencyService
            trainingQualification
            onlineAndOfflineTraining
            trainingEvaluation
            guaranteeInstitution
          }
        }
        eligibility {
          eligible
          qualifiedFunctions
          checks {
            code
            article
            function
            kind
            status
            passed
            required
            actual
            message
          }
        }
        materials {
          ...MaterialFields
        }
        missingMaterials
        timeline {
          id
          at
          action
          status
          actor
          note
        }
        infoRequests {
          id
          request
          dueOn
          requestedAt
          response
          respondedAt
        }
      }
    }
  `,
  [MaterialFields],
);

export type EditorApplication = NonNullable<ResultOf<typeof ApplicationEditorQuery>['application']>;

export const SaveApplicationFactsMutation = graphql(
  `
    mutation SaveApplicationFacts($input: SaveApplicationFactsInput!) {
      saveApplicationFacts(input: $input) {
        __typename
        ... on SaveApplicationFactsSuccess {
          data {
            id
            version
            status
            functions
            updatedAt
            facts {
              savedAt
            }
          }
        }
        ... on ConflictError {
          message
          expectedVersion
          actualVersion
        }
        ... on ValidationError {
          message
          fieldErrors {
            path
            message
          }
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export type SaveFactsResult = ResultOf<typeof SaveApplicationFactsMutation>['saveApplicationFacts'];

export const SubmitApplicationMutation = graphql(
  `
    mutation SubmitApplication($input: SubmitApplicationInput!) {
      submitApplication(input: $input) {
        __typename
        ... on SubmitApplicationSuccess {
          data {
            id
            status
            version
          }
        }
        ... on ConflictError {
          message
        }
        ... on ValidationError {
          message
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export const ResubmitApplicationMutation = graphql(
  `
    mutation ResubmitApplication($input: ResubmitApplicationInput!) {
      resubmitApplication(input: $input) {
        __typename
        ... on ResubmitApplicationSuccess {
          data {
            id
            status
            version
          }
        }
        ... on ConflictError {
          message
        }
        ... on ValidationError {
          message
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export const RespondToInfoRequestMutation = graphql(
  `
    mutation RespondToInfoRequest($input: RespondToInfoRequestInput!) {
      respondToInfoRequest(input: $input) {
        __typename
        ... on RespondToInfoRequestSuccess {
          data {
            id
            status
            version
          }
        }
        ... on ConflictError {
          message
        }
        ... on ValidationError {
          message
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export const WithdrawApplicationMutation = graphql(
  `
    mutation WithdrawApplication($input: WithdrawApplicationInput!) {
      withdrawApplication(input: $input) {
        __typename
        ... on WithdrawApplicationSuccess {
          data {
            id
            status
            version
          }
        }
        ... on ConflictError {
          message
        }
        ... on ValidationError {
          message
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);

export const DeleteDraftApplicationMutation = graphql(
  `
    mutation DeleteDraftApplication($input: DeleteDraftApplicationInput!) {
      deleteDraftApplication(input: $input) {
        __typename
        ... on DeleteDraftApplicationSuccess {
          data
        }
        ... on ConflictError {
          message
        }
        ... on ValidationError {
          message
        }
        ...ErrorFields
        ... on NotFoundError {
          message
        }
      }
    }
  `,
  [ErrorFields],
);
