import {
  checkCreditCode,
  compareIsoDates,
  isIsoDate,
  SERVICE_FUNCTIONS,
  validityOf,
  codePointLabel,
  normaliseName,
  type ServiceFunction,
} from '@sme/domain';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { storedName } from '../../graphql/name-schema.js';
import { builder } from '../../builder.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { todayInShanghai } from '../../clock.js';
import { prisma, type Tx } from '../../db.js';
import { bilingual, LocalisedError, ValidationError } from '../../graphql/error-classes.js';
import { nextLegacyCertificateNumber } from '../certificate/certificate-number.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { ErrorInterface } from '../common/errors.object.js';
import { pick } from '../common/locale.js';

export type ImportRowProblem = { row: number; field: string; message: { zhCN: string; en: string } };

/** Some rows are bad: nothing was imported. Each problem names its row (1-based, as in the file) and field. */
export class ImportRowsError extends LocalisedError {
  constructor(readonly problems: ImportRowProblem[]) {
    const rows = new Set(problems.map((p) => p.row)).size;
    super({
      zhCN: `有${rows}行数据有误，未导入任何数据，请更正后重新导入。`,
      en: `${rows} row(s) have errors; nothing was imported. Correct them and import again.`,
    });
  }
}

const ImportRowProblemRef = builder.objectRef<ImportRowProblem>('ImportRowProblem').implement({
  fields: (t) => ({
    row: t.exposeInt('row'),
    field: t.exposeString('field'),
    message: t.string({ resolve: (p, _a, ctx) => pick(p.message, ctx.locale) }),
  }),
});
builder.objectType(ImportRowsError, {
  name: 'ImportRowsError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ problems: t.field({ type: [ImportRowProblemRef], resolve: (e) => e.problems }) }),
});

const ImportAccreditationRow = builder.inputType('ImportAccreditationRow', {
  fields: (t) => ({
    organisationName: t.string({ required: true }),
    creditCode: t.string({ required: true }),
    functions: t.field({ type: [ServiceFunctionEnum], required: true }),
    awardedOn: t.field({ type: 'Date', required: true }),
    certificateNumber: t.string({
      required: false,
      description: 'The number printed on the old certificate; absent → LEGACY-<year>-<serial>.',
    }),
  }),
});
const ImportAccreditationsInput = builder.inputType('ImportAccreditationsInput', {
  fields: (t) => ({
    rows: t.field({ type: [ImportAccreditationRow], required: true }),
    dryRun: t.boolean({ required: false, description: 'Check every row and report, import nothing.' }),
  }),
});

type Row = {
  organisationName: string;
  creditCode: string;
  functions: ServiceFunction[];
  awardedOn: string;
  certificateNumber?: string | null;
};

/** Every problem of every row (the report), checked against the file itself and the database. */
async function checkRows(tx: Tx, rows: readonly Row[], today: string): Promise<ImportRowProblem[]> {
  const problems: ImportRowProblem[] = [];
  const add = (row: number, field: string, zhCN: string, en: string) =>
    problems.push({ row, field, message: { zhCN, en } });
  const numbersInFile = new Map<string, number>();
  const titlesInFile = new Map<string, number>();
  const numbers = rows.map((r) => r.certificateNumber?.trim()).filter((n): n is string => !!n);
  const existingNumbers = new Set(
    (
      await tx.accreditation.findMany({
        where: { certificateNumber: { in: numbers } },
        select: { certificateNumber: true },
      })
    ).map((a) => a.certificateNumber),
  );
  const codes = rows.map((r) => checkCreditCode(r.creditCode).normalized).filter((c): c is string => !!c);
  const existingTitles = new Set(
    (
      await tx.accreditation.findMany({
        where: { organisation: { creditCode: { in: codes } } },
        select: { awardedOn: true, organisation: { select: { creditCode: true } } },
      })
    ).map((a) => `${a.organisation.creditCode}|${a.awardedOn.toISOString().slice(0, 10)}`),
  );
  rows.forEach((r, index) => {
    const n = index + 1;
    const name = normaliseName(r.organisationName);
    if (!name.ok && name.problem === 'NO_VISIBLE_CHARACTER')
      add(n, 'organisationName', '机构名称不能为空。', 'The organisation name is empty.');
    else if (!name.ok)
      add(
        n,
        'organisationName',
        `机构名称含有不可见的格式或控制字符（${codePointLabel(name.character ?? '')}）。`,
        `The organisation name contains an invisible format or control character (${codePointLabel(name.character ?? '')}).`,
      );
    const code = checkCreditCode(r.creditCode);
    if (!code.valid)
      add(
        n,
        'creditCode',
        `统一社会信用代码有误（GB 32100）：${code.message?.zhCN ?? ''}`,
        `Invalid unified social credit code (GB 32100): ${code.message?.en ?? ''}`,
      );
    if (r.functions.length === 0)
      add(n, 'functions', '至少填写一项服务功能（第四条）。', 'At least one service function (Art. 4).');
    if (new Set(r.functions).size !== r.functions.length)
      add(n, 'functions', '服务功能重复。', 'A service function is listed twice.');
    if (!isIsoDate(r.awardedOn)) add(n, 'awardedOn', '认定日期无效。', 'The award date is not a valid date.');
    else if (compareIsoDates(r.awardedOn, today) > 0)
      add(n, 'awardedOn', '认定日期不能晚于今天。', 'The award date is in the future.');
    const number = r.certificateNumber?.trim();
    if (number) {
      if (existingNumbers.has(number))
        add(n, 'certificateNumber', `证书编号${number}已存在。`, `Certificate number ${number} already exists.`);
      const first = numbersInFile.get(number);
      if (first)
        add(
          n,
          'certificateNumber',
          `证书编号${number}与第${first}行重复。`,
          `Certificate number ${number} repeats row ${first}.`,
        );
      else numbersInFile.set(number, n);
    }
    if (code.valid && isIsoDate(r.awardedOn)) {
      const key = `${code.normalized}|${r.awardedOn}`;
      if (existingTitles.has(key))
        add(
          n,
          'awardedOn',
          '该机构在该日期认定的称号已存在。',
          'This organisation already has a title awarded on that date.',
        );
      const first = titlesInFile.get(key);
      if (first) add(n, 'awardedOn', `与第${first}行为同一称号。`, `The same title as row ${first}.`);
      else titlesInFile.set(key, n);
    }
  });
  return problems;
}

builder.mutationField('importAccreditations', (t) =>
  t.prismaField({
    type: ['Accreditation'],
    description:
      'Admin: titles awarded before this system (Art. 11 validity from the award date). Every row is checked; if any is bad, nothing is imported and ImportRowsError lists each problem.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, ImportRowsError],
      union: { name: 'ImportAccreditationsResult' },
      result: { name: 'ImportAccreditationsSuccess' },
    },
    args: { input: t.arg({ type: ImportAccreditationsInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => {
      if (input.rows.length === 0)
        throw new ValidationError([
          { path: ['input', 'rows'], message: bilingual({ zhCN: '没有数据行', en: 'no rows' }) },
        ]);
      if (input.rows.length > 5000)
        throw new ValidationError([
          {
            path: ['input', 'rows'],
            message: bilingual({ zhCN: '一次最多导入5000行', en: 'at most 5000 rows per import' }),
          },
        ]);
      return prisma().$transaction(
        async (tx) => {
          const rows = input.rows as Row[];
          const problems = await checkRows(tx, rows, todayInShanghai());
          if (problems.length > 0) throw new ImportRowsError(problems);
          if (input.dryRun) return [];
          const ids: string[] = [];
          const givenNumbers = new Set(rows.map((r) => r.certificateNumber?.trim()).filter((n): n is string => !!n));
          for (const r of rows) {
            const creditCode = checkCreditCode(r.creditCode).normalized as string;
            const organisation = await tx.organisation.upsert({
              where: { creditCode },
              create: { name: storedName(r.organisationName), creditCode },
              update: {},
            });
            const { validFrom, validUntil } = validityOf(r.awardedOn);
            const certificateNumber =
              r.certificateNumber?.trim() ||
              (await nextLegacyCertificateNumber(tx, r.awardedOn.slice(0, 4), givenNumbers));
            const created = await tx.accreditation.create({
              data: {
                organisationId: organisation.id,
                imported: true,
                certificateNumber,
                functions: SERVICE_FUNCTIONS.filter((f) => r.functions.includes(f)),
                awardedOn: new Date(`${r.awardedOn}T00:00:00Z`),
                validFrom: new Date(`${validFrom}T00:00:00Z`),
                validUntil: new Date(`${validUntil}T00:00:00Z`),
              },
            });
            ids.push(created.id);
          }
          await recordAudit(tx, actorOf(ctx), {
            action: 'accreditation.import',
            entityType: 'Accreditation',
            data: { count: ids.length, accreditationIds: ids },
          });
          return tx.accreditation.findMany({
            ...nonEmptyQuery(query),
            where: { id: { in: ids } },
            orderBy: { awardedOn: 'asc' },
          });
        },
        { timeout: 60_000 },
      );
    },
  }),
);
