import type { DomainFailure } from '@sme/domain';
import { builder } from '../../builder.js';
import { pick } from './locale.js';

// A refusal that is not an error yet: the reason an action is disabled in the console.
export const BlockerRef = builder.objectRef<DomainFailure>('ActionBlocker').implement({
  description: 'Why an action cannot be taken now, as the action itself would refuse it.',
  fields: (t) => ({
    article: t.exposeString('article'),
    code: t.exposeString('code'),
    message: t.string({ resolve: (b, _args, ctx) => pick(b.message, ctx.locale) }),
  }),
});
