import { OPEN_REVOCATION_REMINDER_WORKING_DAYS } from '@sme/domain';

// After how many working days an open revocation is called overdue (the workbench card and the
// administrators' daily reminder), set once at start-up from OPEN_REVOCATION_REMINDER_WORKING_DAYS.
export type RevocationSettings = { openReminderWorkingDays: number };

let settings: RevocationSettings = { openReminderWorkingDays: OPEN_REVOCATION_REMINDER_WORKING_DAYS };

export function setRevocationSettings(value: RevocationSettings): void {
  settings = value;
}

export function revocationSettings(): RevocationSettings {
  return settings;
}
