import { createContext, useContext } from 'react';

/** Starts a fresh session: a new urql client, so `me` and everything else is fetched again. */
export const ResetSessionContext = createContext<() => void>(() => {});

export function useResetSession(): () => void {
  return useContext(ResetSessionContext);
}
