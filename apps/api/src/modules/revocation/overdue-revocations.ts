import { isOpenRevocationOverdue, workingDaysSince, type IsoDate } from '@sme/domain';
import type { PrismaClient } from '@sme/db';
import { todayInShanghai } from '../../clock.js';
import type { Tx } from '../../db.js';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.js';

export type OverdueRevocation = {
  id: string;
  accreditationId: string;
  certificateNumber: string;
  organisationName: string;
  openedOn: IsoDate;
  workingDaysOpen: number;
};

/**
 * Open revocations (a failed spot check opened them, Art. 13) left more than `limit` working
 * days on the statutory calendar without an administrator completing them: a rule of the
 * software, since the measures set no deadline, so that no title stays "being revoked" unseen.
 * Oldest first.
 */
export async function overdueOpenRevocations(
  client: PrismaClient | Tx,
  today: IsoDate,
  limit: number,
): Promise<OverdueRevocation[]> {
  const open = await client.revocation.findMany({
    where: { status: 'OPEN' },
    orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      accreditationId: true,
      openedAt: true,
      accreditation: { select: { certificateNumber: true, organisation: { select: { name: true } } } },
    },
  });
  if (open.length === 0) return [];
  const calendar = await loadWorkingDayCalendar(client as Tx);
  return open
    .map((r) => ({ r, openedOn: todayInShanghai(r.openedAt) }))
    .filter(({ openedOn }) => isOpenRevocationOverdue({ status: 'OPEN', openedOn }, today, calendar, limit))
    .map(({ r, openedOn }) => ({
      id: r.id,
      accreditationId: r.accreditationId,
      certificateNumber: r.accreditation.certificateNumber,
      organisationName: r.accreditation.organisation.name,
      openedOn,
      workingDaysOpen: workingDaysSince(openedOn, today, calendar),
    }));
}
