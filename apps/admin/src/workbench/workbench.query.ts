import { graphql } from '@sme/client';

// What waits for the signed-in staff member, by role; the API counts and gives each card's link.
export const WorkbenchQuery = graphql(`
  query Workbench {
    workbench {
      items {
        kind
        count
        link
        dueOn
      }
    }
  }
`);
