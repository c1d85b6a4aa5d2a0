import { graphql, ErrorFields } from '@sme/client';

export const TitleImportMutation = graphql(
  `
    mutation ImportTitles($input: ImportAccreditationsInput!) {
      importAccreditations(input: $input) {
        __typename
        ...ErrorFields
        ... on ImportRowsError {
          problems {
            row
            field
            message
          }
        }
        ... on ImportAccreditationsSuccess {
          data {
            id
            certificateNumber
          }
        }
      }
    }
  `,
  [ErrorFields],
);
