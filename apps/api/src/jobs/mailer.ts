import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';

export type OutgoingMail = { id: string; to: string; subject: string; text: string; createdAt: Date };

/** The port the outbox processor sends through (mail sits behind a small port, chosen by configuration: SMTP_URL). */
export type Mailer = {
  kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

export type MailerOptions = {
  /** smtp://user:pass@host:587 or smtps://…; absent → .eml files in `mailDir`. */
  smtpUrl?: string | undefined;
  from: string;
  mailDir: string;
};

/** The file name of an outbox row's .eml copy (the console's mail page reads it back). */
export function emlFileName(mail: { id: string; createdAt: Date }): string {
  return `${mail.createdAt.toISOString().replaceAll(':', '-')}-${mail.id}.eml`;
}

// nodemailer is loaded when the first mail goes out, not at start-up (docs/performance.md).
function lazyTransport(make: (nodemailer: typeof import('nodemailer').default) => Transporter): {
  get(): Promise<Transporter>;
  close(): void;
} {
  let transport: Promise<Transporter> | undefined;
  return {
    get: () => (transport ??= import('nodemailer').then((m) => make(m.default))),
    close: () => void transport?.then((t) => t.close()),
  };
}

export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const smtpUrl = options.smtpUrl;
    const transport = lazyTransport((nodemailer) => nodemailer.createTransport(smtpUrl));
    return {
      kind: 'smtp',
      send: async (mail) => {
        await (
          await transport.get()
        ).sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: `<${mail.id}@sme-platforms>`,
        });
      },
      close: () => transport.close(),
    };
  }
  // The same MIME message SMTP would carry (nodemailer builds it: encoded Chinese subject, UTF-8 body), kept as a file.
  const builder = lazyTransport((nodemailer) =>
    nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
  );
  return {
    kind: 'file',
    send: async (mail) => {
      const info = await (
        await builder.get()
      ).sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@sme-platforms>`,
        date: mail.createdAt,
      });
      await mkdir(options.mailDir, { recursive: true });
      await writeFile(join(options.mailDir, emlFileName(mail)), info.message as Buffer);
    },
    close: () => builder.close(),
  };
}
