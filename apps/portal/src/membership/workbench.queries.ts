import { graphql, type ResultOf } from '@sme/client';

export const MemberWorkbenchQuery = graphql(`
  query MemberWorkbench {
    myApplications {
      id
      status
      functions
      updatedAt
      round {
        id
        name
        submissionDeadline
      }
      infoRequests {
        id
        request
        dueOn
        respondedAt
      }
    }
    myAccreditations {
      id
      certificateNumber
      functions
      validUntil
      titleStatus
    }
  }
`);

export type WorkbenchData = ResultOf<typeof MemberWorkbenchQuery>;
