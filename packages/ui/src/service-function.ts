// The five service functions of Art. 4, in the article's order, as the domain defines them.
import { SERVICE_FUNCTIONS, type ServiceFunction } from '@sme/domain';

export { SERVICE_FUNCTIONS, type ServiceFunction };

/** Sorts functions into the article's order so lists read the same everywhere. */
export function sortServiceFunctions<T extends string>(functions: readonly T[]): T[] {
  const rank = (f: string) => {
    const index = (SERVICE_FUNCTIONS as readonly string[]).indexOf(f);
    return index === -1 ? SERVICE_FUNCTIONS.length : index;
  };
  return [...functions].sort((a, b) => rank(a) - rank(b));
}
