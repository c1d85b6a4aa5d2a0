import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../db.js';
import { RuleViolationError } from '../../graphql/error-classes.js';

/** Objections one address may lodge in an hour; enough for a person, too few for a flood. */
export const OBJECTIONS_PER_ADDRESS_PER_HOUR = 5;
/** Files one objection may carry: enough for a contract, a photo or two and a letter. */
export const MAX_ATTACHMENTS_PER_OBJECTION = 5;
/** Per file: a scanned letter or a photo, not a video. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Uploads one address may make in an hour: the files of as many objections as it may lodge. */
export const ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR = OBJECTIONS_PER_ADDRESS_PER_HOUR * MAX_ATTACHMENTS_PER_OBJECTION;
/** How long an upload waits for the objection that claims it: time to finish writing the grounds. */
export const PENDING_ATTACHMENT_MINUTES = 120;

export function newClaimToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: claimTokenHash(token) };
}

export function claimTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether this address has used its uploads for the hour. Inside a transaction, it takes the
 * address's lock first so parallel uploads from one address take turns (as objections do). */
export async function uploadsLeft(tx: Tx, ip: string, lock: boolean): Promise<boolean> {
  if (lock) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`objection-upload:${ip}`}))`;
  const recent = await tx.objectionAttachment.count({
    where: { uploadedFromIp: ip, uploadedAt: { gt: new Date(Date.now() - 3_600_000) } },
  });
  return recent < ATTACHMENT_UPLOADS_PER_ADDRESS_PER_HOUR;
}

/**
 * Joins the uploads named by their claim tokens to a new objection, or refuses the whole
 * objection when one of them is unknown, already used or lapsed: an objection never goes in
 * without a file its objector believes is attached.
 */
export async function claimAttachments(tx: Tx, objectionId: string, tokens: readonly string[]): Promise<string[]> {
  const hashes = [...new Set(tokens.map((t) => t.trim()).filter((t) => t !== ''))].map(claimTokenHash);
  if (hashes.length === 0) return [];
  if (hashes.length > MAX_ATTACHMENTS_PER_OBJECTION) throw tooMany();
  const now = new Date();
  const pending = await tx.objectionAttachment.findMany({
    where: { claimTokenHash: { in: hashes }, objectionId: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (pending.length !== hashes.length) {
    throw new RuleViolationError('software', 'ATTACHMENT_EXPIRED', {
      zhCN: `系统规则：有附件已失效（上传后${PENDING_ATTACHMENT_MINUTES}分钟内须随异议提交），请重新上传后再提交。`,
      en: `A rule of this system: an attachment has lapsed (it must be lodged within ${PENDING_ATTACHMENT_MINUTES} minutes of its upload). Upload it again, then lodge the objection.`,
    });
  }
  const ids = pending.map((p) => p.id);
  // Compare-and-set on the token: a concurrent lodging with the same tokens claims nothing.
  const claimed = await tx.objectionAttachment.updateMany({
    where: { id: { in: ids }, objectionId: null },
    data: { objectionId, claimTokenHash: null, claimedAt: now },
  });
  if (claimed.count !== ids.length) throw new Error('attachments claimed concurrently; retry');
  return ids;
}

function tooMany() {
  return new RuleViolationError('software', 'TOO_MANY_ATTACHMENTS', {
    zhCN: `系统规则：每项异议最多附${MAX_ATTACHMENTS_PER_OBJECTION}个附件。`,
    en: `A rule of this system: at most ${MAX_ATTACHMENTS_PER_OBJECTION} attachments to an objection.`,
  });
}
