import { graphql } from '../graphql';

/** What every refusal in a mutation's result carries (the schema's `interface Error`): the message
 * in the caller's language, and for a rule of the measures or of the software (RuleViolationError)
 * its article and code. Every front-end document selects refusals with `...ErrorFields`, passing
 * `[ErrorFields]` to graphql(); unmasked, so the fields read as if written in place. */
export const ErrorFields = graphql(`
  fragment ErrorFields on Error @_unmask {
    message
    ... on RuleViolationError {
      article
      code
    }
  }
`);
