// Where .eml copies are written (DATA_DIR/mail) and how mail leaves, set once at start-up; the console's mail page reads it.
export type MailSettings = { mailDir: string | null; transport: 'smtp' | 'file' | 'none' };

let settings: MailSettings = { mailDir: null, transport: 'none' };

export function setMailSettings(value: MailSettings): void {
  settings = value;
}

export function mailSettings(): MailSettings {
  return settings;
}
