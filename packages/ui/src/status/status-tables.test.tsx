import { SPOT_CHECK_STATUS_NAMES, TITLE_STATUS_NAMES } from '@sme/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../../../apps/api/schema.graphql?raw';
import { createI18n, SHARED_RESOURCES } from '../i18n/create-i18n';
import { STATUS_TABLES, type StatusKind } from './status-tables';
import { StatusTag } from './status-tag';

/** The values of an enum of the committed schema (read as text: packages/ui does not use graphql). */
function enumValues(name: string): string[] {
  const body = new RegExp(`\\benum ${name} \\{([^}]*)\\}`).exec(schemaSource)?.[1];
  if (body === undefined) throw new Error(`${name} is not an enum in schema.graphql`);
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((line) => line.trim().split(/\s/)[0] ?? '')
    .filter((value) => /^[A-Z][A-Z_]*$/.test(value));
}

function render(kind: StatusKind, status: string, language: 'zh-CN' | 'en') {
  const i18n = createI18n({ resources: { 'zh-CN': {}, en: {} }, storageKey: 'test' });
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <StatusTag kind={kind} status={status} />
    </I18nextProvider>,
  );
}

const HAN = /\p{Script=Han}/u;

describe('status tables', () => {
  for (const [kind, { table, enum: enumName }] of Object.entries(STATUS_TABLES)) {
    it(`${kind}: every ${enumName} value has a Chinese and an English name`, () => {
      const values = enumValues(enumName);
      expect(values.length).toBeGreaterThan(1);
      // deprecated values of the schema are still named, so the table may hold more than it lists today
      expect(Object.keys(table).sort()).toEqual(expect.arrayContaining(values.sort()));
      for (const value of values) {
        const label = (table as Record<string, { zhCN: string; en: string }>)[value]!;
        expect(label.zhCN, value).toMatch(HAN);
        expect(label.en, value).toMatch(/^[A-Z]/);
        expect(label.en, value).not.toMatch(HAN);
      }
    });

    it(`${kind}: the shared i18n resources are the table's names, in both languages`, () => {
      for (const [locale, language] of [
        ['zh-CN', 'zhCN'],
        ['en', 'en'],
      ] as const) {
        const names = (SHARED_RESOURCES[locale] as { ui: Record<string, Record<string, string>> }).ui[kind]!;
        for (const [value, label] of Object.entries(table as Record<string, Record<string, string>>))
          expect(names[value], `${locale} ${value}`).toBe(label[language]);
      }
    });
  }

  it("names a title's and a spot check's status with the domain's words (the exports use them too)", () => {
    expect(STATUS_TABLES.titleStatus.table.EXPIRING_THIS_YEAR.zhCN).toBe(TITLE_STATUS_NAMES.EXPIRING_THIS_YEAR.zhCN);
    expect(STATUS_TABLES.spotCheckStatus.table.RESPONDED.zhCN).toBe(SPOT_CHECK_STATUS_NAMES.RESPONDED.zhCN);
  });

  it("shows a tag in the reader's language: a spot check whose holder answered is 已提交材料", () => {
    expect(render('spotCheckStatus', 'RESPONDED', 'zh-CN')).toContain('已提交材料');
    expect(render('spotCheckStatus', 'RESPONDED', 'en')).toContain('Evidence provided');
    expect(render('spotCheckStatus', 'RESPONDED', 'zh-CN')).toContain('data-status="RESPONDED"');
  });

  it('still shows a status newer than this build, uncoloured', () => {
    expect(render('revocationStatus', 'SOMETHING_NEW', 'zh-CN')).toContain('SOMETHING_NEW');
  });
});
