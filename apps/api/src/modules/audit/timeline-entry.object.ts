import { builder } from '../../builder.js';

// One line of a subject's history: who did what, when, to which status, with what note. Its
// visibility follows its application (readers reach it only through Application.timeline).
export const TimelineEntryRef = builder.prismaObject('TimelineEntry', {
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', { description: 'The domain action, e.g. "submit", "recommend".' }),
    fromStatus: t.exposeString('fromStatus', { nullable: true }),
    status: t.exposeString('status', { description: 'The status after the action.' }),
    note: t.string({
      nullable: true,
      description: "The note: as its author wrote it, or, when the system wrote it, in the caller's language.",
      select: { note: true, noteEn: true },
      resolve: (entry, _args, ctx) => (ctx.locale === 'EN' && entry.noteEn ? entry.noteEn : entry.note),
    }),
    actor: t.field({
      type: 'String',
      nullable: true,
      description: "The actor's display name (staff are named by role to applicants).",
      select: { actor: { select: { displayName: true, roles: true } } },
      resolve: (entry) => entry.actor?.displayName ?? null,
    }),
  }),
});
