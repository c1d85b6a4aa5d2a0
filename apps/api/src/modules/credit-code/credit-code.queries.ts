import { checkCreditCode } from '@sme/domain';
import { builder } from '../../builder.js';
import { LocaleEnum, pick } from '../common/locale.js';

type CreditCodeCheckShape = ReturnType<typeof checkCreditCode>;

const CreditCodeCheckRef = builder.objectRef<CreditCodeCheckShape>('CreditCodeCheck').implement({
  description: 'A unified social credit code checked against GB 32100-2015.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    normalized: t.exposeString('normalized', {
      nullable: true,
      description: 'Trimmed and upper-cased, when it is well formed.',
    }),
    reason: t.string({
      nullable: true,
      description: "Why the code is invalid, in the requested locale or else the caller's language; null when valid.",
      args: {
        locale: t.arg({
          type: LocaleEnum,
          description: "Defaults to the caller's language (Accept-Language), Chinese unless English.",
        }),
      },
      resolve: (check, args, ctx) => (check.message ? pick(check.message, args.locale ?? ctx.locale) : null),
    }),
    reasonCode: t.string({
      nullable: true,
      description: 'Stable code of the failure (e.g. WRONG_CHECK_CHARACTER); null when valid.',
      resolve: (check) => check.reason,
    }),
  }),
});

builder.queryField('creditCodeCheck', (t) =>
  t.field({
    type: CreditCodeCheckRef,
    description: 'Checks a unified social credit code (统一社会信用代码). Public: it computes and stores nothing.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, { code }) => checkCreditCode(code),
  }),
);
