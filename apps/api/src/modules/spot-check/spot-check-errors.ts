import { NotFoundError, RuleViolationError, StaleVersionError, ValidationError } from '../../graphql/error-classes.js';

export const errorsOf = (name: string) => ({
  types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
});
