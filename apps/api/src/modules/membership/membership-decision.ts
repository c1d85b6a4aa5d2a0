import { actorOf } from '../../audit/record-audit.js';
import { type Tx } from '../../db.js';
import { bilingual, ForbiddenError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { canDecideMembership } from './membership-access.js';

export const alreadyMember = () =>
  new RuleViolationError('Art. 2', 'ALREADY_A_MEMBER', {
    zhCN: '第二条：该机构已是协会会员。',
    en: 'Art. 2: this organisation is already a member of the association.',
  });

export function idOf(globalId: { typename: string; id: string }, typename: string, path: string): string {
  if (globalId.typename !== typename)
    throw new ValidationError([
      {
        path: ['input', path],
        message: bilingual(
          typename === 'Unit'
            ? { zhCN: '不是有效的单位编号', en: 'not a unit id' }
            : { zhCN: '不是有效的机构编号', en: 'not an organisation id' },
        ),
      },
    ]);
  return globalId.id;
}

export async function requireDecider(ctx: Parameters<typeof actorOf>[0], tx: Tx): Promise<void> {
  if (!(await canDecideMembership(ctx.viewer, tx)))
    throw new ForbiddenError({
      zhCN: '仅会员部工作人员或管理员可审核入会申请。',
      en: 'Only Membership Department staff or administrators may decide membership requests.',
    });
}
