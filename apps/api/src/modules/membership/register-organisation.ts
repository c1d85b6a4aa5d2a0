import { checkCreditCode } from '@sme/domain';
import { hashPassword } from '@sme/db';
import { z } from 'zod';
import { openSession, setSessionCookie } from '../../auth/session.js';
import { recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { nameSchema, storedName } from '../../graphql/name-schema.js';
import { organisationNamed } from '../organisation/organisation-name.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { bilingual, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { sessionSettings } from '../../settings.js';

const RegisterOrganisationInput = builder.inputType('RegisterOrganisationInput', {
  fields: (t) => ({
    organisationName: t.string({
      required: true,
      validate: nameSchema(200, { zhCN: '机构名称', en: 'the organisation name' }),
    }),
    creditCode: t.string({
      required: true,
      description: 'Unified social credit code (统一社会信用代码), checked against GB 32100.',
    }),
    contactName: t.string({
      required: true,
      validate: nameSchema(100, { zhCN: '联系人', en: 'the contact name' }),
    }),
    contactPhone: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .regex(
          /^[0-9+\-() ]{5,30}$/,
          bilingual({ zhCN: '请填写有效的联系电话', en: 'a valid phone number is required' }),
        ),
    }),
    email: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .max(320)
        .email(bilingual({ zhCN: '请填写有效的邮箱', en: 'a valid e-mail address is required' })),
    }),
    password: t.string({
      required: true,
      validate: z
        .string()
        .min(8, bilingual({ zhCN: '密码至少 8 位', en: 'the password needs at least 8 characters' }))
        .max(1024),
    }),
  }),
});

// Names are compared without case, compatibility forms or invisible characters (organisation-name.ts).
const nameTaken = () =>
  new RuleViolationError('software', 'ORGANISATION_NAME_TAKEN', {
    zhCN: '已有同名机构注册，请使用本机构已有账号登录，或联系协会。',
    en: 'An organisation of this name is already registered; sign in with your organisation’s account or contact the association.',
  });

const taken = (code: 'CREDIT_CODE_TAKEN' | 'EMAIL_TAKEN') =>
  code === 'CREDIT_CODE_TAKEN'
    ? new RuleViolationError('software', code, {
        zhCN: '该统一社会信用代码已注册，请使用本机构已有账号登录，或联系协会。',
        en: 'This unified social credit code is already registered; sign in with your organisation’s account or contact the association.',
      })
    : new RuleViolationError('software', code, {
        zhCN: '该邮箱已注册，请直接登录。',
        en: 'This e-mail is already registered; sign in instead.',
      });

builder.mutationField('registerOrganisation', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Public: registers an organisation and its first MEMBER user, and signs that user in. The organisation is not a member yet: it then applies for membership (Art. 2).',
    skipTypeScopes: true,
    authScopes: { public: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'RegisterOrganisationResult' },
      result: { name: 'RegisterOrganisationSuccess' },
    },
    args: { input: t.arg({ type: RegisterOrganisationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const code = checkCreditCode(input.creditCode);
      if (!code.valid || !code.normalized) {
        const reason = code.message ?? { zhCN: '统一社会信用代码无效', en: 'invalid credit code' };
        throw new ValidationError([{ path: ['input', 'creditCode'], message: bilingual(reason) }]);
      }
      const creditCode = code.normalized;
      const email = input.email.trim().toLowerCase();
      if (await prisma().organisation.findUnique({ where: { creditCode }, select: { id: true } }))
        throw taken('CREDIT_CODE_TAKEN');
      if (await prisma().user.findUnique({ where: { email }, select: { id: true } })) throw taken('EMAIL_TAKEN');
      const organisationName = storedName(input.organisationName);
      const contactName = storedName(input.contactName);
      if (await organisationNamed(prisma(), organisationName)) throw nameTaken();
      // Hash outside the transaction: it takes tens of milliseconds and PGlite has one connection.
      const passwordHash = await hashPassword(input.password);
      const settings = sessionSettings();
      const { organisation, user, session } = await prisma()
        .$transaction(async (tx) => {
          const org = await tx.organisation.create({
            data: {
              name: organisationName,
              creditCode,
              contactName,
              contactPhone: input.contactPhone.trim(),
              contactEmail: email,
            },
          });
          const created = await tx.user.create({
            data: {
              email,
              displayName: contactName,
              passwordHash,
              roles: ['MEMBER'],
              organisationId: org.id,
            },
          });
          const opened = await openSession(
            tx,
            created.id,
            { userAgent: ctx.request.headers['user-agent'], ip: ctx.ip },
            settings,
          );
          await recordAudit(
            tx,
            { actorId: created.id, ip: ctx.ip },
            {
              action: 'organisation.register',
              entityType: 'Organisation',
              entityId: org.id,
              data: { creditCode, name: org.name, userId: created.id, email },
            },
          );
          const result = await tx.organisation.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: org.id } });
          return { organisation: result, user: created, session: opened };
        })
        .catch((error: unknown) => {
          // Two registrations racing for the same code or e-mail: the unique index decides.
          if (isUniqueViolation(error)) {
            const target = JSON.stringify((error as { meta?: unknown }).meta ?? '');
            throw taken(target.includes('email') ? 'EMAIL_TAKEN' : 'CREDIT_CODE_TAKEN');
          }
          throw error;
        });
      setSessionCookie(ctx.request, ctx.reply, session.token, session.expiresAt, settings);
      ctx.viewer = {
        userId: user.id,
        sessionId: session.sessionId,
        email: user.email,
        roles: user.roles,
        organisationId: user.organisationId,
        unitId: null,
      };
      return organisation;
    },
  }),
);
