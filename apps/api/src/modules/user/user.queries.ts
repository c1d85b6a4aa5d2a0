import { builder } from '../../builder.js';
import { prisma } from '../../db.js';

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user, or null when signed out.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) => {
      const lookup = { ...query, where: { id: ctx.viewer?.userId ?? '' } };
      return ctx.viewer ? prisma().user.findUnique(lookup) : null;
    },
  }),
);
