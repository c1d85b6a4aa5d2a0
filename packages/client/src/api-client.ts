import type { i18n as I18n } from 'i18next';
import { Client, cacheExchange, fetchExchange, getOperationName, mapExchange } from 'urql';

/** A client for one signed-in session; the app makes a new one at sign-in and sign-out so no
 * cached data outlives the user it was fetched for. */
export function createApiClient(onSessionExpired: () => void, i18n: I18n): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // POST always: urql would send queries as GET, which caches and proxies treat differently
    preferGetMethod: false,
    // a function, so each request carries the language chosen at that moment
    fetchOptions: () => ({
      credentials: 'include',
      headers: {
        // Apollo's CSRF protection rejects requests that could have come from a plain form post
        'apollo-require-preflight': 'true',
        // lets the API word its messages in the language the user chose, not the browser's
        'accept-language': i18n.language,
      },
    }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const expired = error.graphQLErrors.some((e) => e.extensions['code'] === 'UNAUTHENTICATED');
          // Me answers null when signed out; any other query failing this way means the cookie lapsed
          if (expired && getOperationName(operation.query) !== 'Me') onSessionExpired();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
