import type { SessionSettings } from './auth/session.js';

// Runtime settings resolved from the environment at start-up and read by resolvers.
let session: SessionSettings = { ttlHours: 12, cookieSecure: 'auto' };

export function setSessionSettings(value: SessionSettings): void {
  session = value;
}

export function sessionSettings(): SessionSettings {
  return session;
}
