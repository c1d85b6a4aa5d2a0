import { isRoundOpenForSubmission } from '@sme/domain';
import { builder } from '../../builder.js';
import { formatIsoDate } from '../common/scalars.js';
import { todayInShanghai } from '../../clock.js';

// Select mode: only the columns the query's fields need (see Application).
export const RoundRef = builder.prismaNode('Round', {
  id: { field: 'id' },
  select: { id: true },
  description: 'Art. 10: one of the (at most two) accreditation rounds of a year.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt('year'),
    sequence: t.exposeInt('sequence'),
    name: t.exposeString('name'),
    opensOn: t.expose('opensOn', { type: 'Date' }),
    submissionDeadline: t.expose('submissionDeadline', { type: 'Date' }),
    reviewEndsOn: t.expose('reviewEndsOn', { type: 'Date' }),
    isOpen: t.boolean({
      description: 'Whether applications may be submitted today (Asia/Shanghai).',
      select: { year: true, sequence: true, opensOn: true, submissionDeadline: true, reviewEndsOn: true },
      resolve: (round) => isRoundOpenForSubmission(toDomainRound(round), todayInShanghai()),
    }),
  }),
});

export function toDomainRound(round: {
  year: number;
  sequence: number;
  opensOn: Date;
  submissionDeadline: Date;
  reviewEndsOn: Date;
}) {
  return {
    year: round.year,
    sequence: round.sequence,
    opensOn: formatIsoDate(round.opensOn),
    submissionDeadline: formatIsoDate(round.submissionDeadline),
    reviewEndsOn: formatIsoDate(round.reviewEndsOn),
  };
}
