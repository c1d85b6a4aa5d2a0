import { Client, cacheExchange, fetchExchange, getOperationName, mapExchange } from 'urql';

/** A client for one signed-in session; the app makes a new one at sign-in and sign-out so no
 * cached data outlives the user it was fetched for. */
export function createApiClient(onSessionExpired: () => void): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // POST always: urql would send queries as GET, which caches and proxies treat differently
    preferGetMethod: false,
    fetchOptions: {
      credentials: 'include',
      // Apollo's CSRF protection rejects requests that could have come from a plain form post
      headers: { 'apollo-require-preflight': 'true' },
    },
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
