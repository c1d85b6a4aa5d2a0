import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';

// Art. 12 (积极参与协会活动): an activity of the association. Its title, date and place are
// public knowledge to anyone signed in; who attended is the staff's record, and each member sees
// the attendance of its own titles.
builder.prismaNode('AssociationActivity', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    place: t.exposeString('place', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    attendees: t.prismaField({
      type: ['Accreditation'],
      description:
        "The titles whose platforms attended: all of them to the association's staff; to a member, only its own organisation's.",
      select: { id: true },
      resolve: (query, activity, _args, ctx) => {
        const staff = ['ADMIN', 'REVIEWER', 'ANALYST', 'UNIT_STAFF'].some((r) => hasRole(ctx.viewer, r as never));
        return prisma().accreditation.findMany({
          ...query,
          where: {
            activityAttendances: { some: { activityId: activity.id } },
            ...(staff ? {} : { organisationId: ctx.viewer?.organisationId ?? '' }),
          },
          orderBy: { certificateNumber: 'asc' },
        });
      },
    }),
    attendeeCount: t.int({
      description: 'How many platforms attended.',
      select: { _count: { select: { attendances: true } } },
      resolve: (a) => a._count.attendances,
    }),
    attendedByMe: t.boolean({
      description: "Whether a title of the caller's organisation attended.",
      select: { attendances: { select: { accreditation: { select: { organisationId: true } } } } },
      resolve: (a, _args, ctx) =>
        a.attendances.some((x) => x.accreditation.organisationId === (ctx.viewer?.organisationId ?? '')),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
