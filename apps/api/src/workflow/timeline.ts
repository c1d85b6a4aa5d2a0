import type { Tx } from '../db.js';

export type TimelineRecord = {
  subjectType: 'Application' | 'Accreditation' | 'SpotCheck' | 'Revocation' | 'AnnualReport';
  subjectId: string;
  /** Set for an application's own entries and for entries about it. */
  applicationId?: string | null;
  action: string;
  fromStatus?: string | null;
  status: string;
  actorId: string | null;
  note?: string | null;
  /** The note in English, when the system wrote `note` (a person's note has none). */
  noteEn?: string | null;
};

// A subject's history, written in the transaction of the change it records.
export async function recordTimeline(tx: Tx, entry: TimelineRecord): Promise<void> {
  await tx.timelineEntry.create({
    data: {
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      applicationId: entry.applicationId ?? (entry.subjectType === 'Application' ? entry.subjectId : null),
      action: entry.action,
      fromStatus: entry.fromStatus ?? null,
      status: entry.status,
      actorId: entry.actorId,
      note: entry.note ?? null,
      noteEn: entry.noteEn ?? null,
    },
  });
}
