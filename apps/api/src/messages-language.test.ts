// Every message exists in Chinese and English and is shown in the caller's language only. This
// reads the string literals of the API, the domain and the demo data (not comments) and fails,
// naming file and line, on three ways a message has broken that rule before:
// - Chinese followed by an English gloss in parentheses: '请先登录 (sign in first)';
// - a status enum interpolated into Chinese text: `申报状态为“${app.status}”` (SUBMITTED);
// - a date interpolated into Chinese text without formatChineseDate: `（${validFrom} 至 …）`;
// - both texts of a message joined into one: `${reason.zhCN} (${reason.en})`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCES = ['apps/api/src', 'packages/domain/src', 'packages/db/src/seed'];

const CHINESE = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
// A Chinese character or punctuation (then perhaps digits or spaces), then a parenthesis opening on
// English with a word in lower case ("(sign in first)", "(Art. 6: choose …)"); an enum name alone
// ("(TECHNOLOGY)") is not a gloss.
const ENGLISH_GLOSS = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e][^()A-Za-z\n]*\((?=[A-Za-z])[^()]*?[a-z]{2}[^()]*\)/;
const STATUS_VALUE = /(?:^|\.)status$/i;
const DATE_VALUE = /(?:On|Until|From|Deadline|Date|^today|^due)$/;
// `${text.zhCN} (${text.en})`: one message in both languages, the English in parentheses.
const JOINED = /\$\{[^}]*\.zhCN\}\s*[(（]\s*\$\{[^}]*\.en\}\s*[)）]/;

type Finding = { where: string; text: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** The literal text of a string or template (placeholders removed) and its placeholders' code. */
function literalsOf(file: string): { line: number; text: string; placeholders: string[]; source: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string; placeholders: string[]; source: string }[] = [];
  const visit = (node: ts.Node) => {
    const line = () => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ line: line(), text: node.text, placeholders: [], source: node.getText(source) });
    } else if (ts.isTemplateExpression(node)) {
      found.push({
        line: line(),
        text: node.head.text + node.templateSpans.map((s) => s.literal.text).join(''),
        placeholders: node.templateSpans.map((s) => s.expression.getText(source)),
        source: node.getText(source),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function findings(): { glosses: Finding[]; statuses: Finding[]; dates: Finding[]; joined: Finding[] } {
  const result = {
    glosses: [] as Finding[],
    statuses: [] as Finding[],
    dates: [] as Finding[],
    joined: [] as Finding[],
  };
  for (const file of SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    for (const literal of literalsOf(file)) {
      const finding = { where: `${relative(ROOT, file)}:${literal.line}`, text: literal.text };
      if (JOINED.test(literal.source)) result.joined.push(finding);
      if (!CHINESE.test(literal.text)) continue;
      if (ENGLISH_GLOSS.test(literal.text)) result.glosses.push(finding);
      if (literal.placeholders.some((p) => STATUS_VALUE.test(p))) result.statuses.push(finding);
      if (literal.placeholders.some((p) => DATE_VALUE.test(p))) result.dates.push(finding);
    }
  }
  return result;
}

describe('messages in one language at a time', () => {
  const found = findings();

  it('the rule sees the shapes it looks for', () => {
    expect(ENGLISH_GLOSS.test('请先登录 (sign in to download the certificate)')).toBe(true);
    expect(ENGLISH_GLOSS.test('至少选择一项服务功能 (Art. 6: choose at least one service function)')).toBe(true);
    expect(ENGLISH_GLOSS.test('请写明异议的事实和理由（至少10个字）(state the facts and grounds)')).toBe(true);
    expect(ENGLISH_GLOSS.test('抽查数量至少为1 (at least one)')).toBe(true);
    expect(ENGLISH_GLOSS.test('具有较强的创业辅导能力 (STARTUP)')).toBe(false);
    expect(ENGLISH_GLOSS.test('批次（第十条）。 The round (Art. 10).')).toBe(false);
    expect(STATUS_VALUE.test('app.status')).toBe(true);
    expect(STATUS_VALUE.test('status.zhCN')).toBe(false);
    expect(DATE_VALUE.test('validity.validFrom')).toBe(true);
    expect(DATE_VALUE.test('formatChineseDate(validity.validFrom)')).toBe(false);
    expect(JOINED.test('`${reason.zhCN} (${reason.en})`')).toBe(true);
    expect(JOINED.test('`${notice.body.zhCN}\\n\\n${notice.body.en}`')).toBe(false);
  });

  it('no Chinese text carries an English gloss in parentheses', () => {
    expect(found.glosses).toEqual([]);
  });

  it('no Chinese text shows a raw status value', () => {
    expect(found.statuses).toEqual([]);
  });

  it('no Chinese text shows an ISO date', () => {
    expect(found.dates).toEqual([]);
  });

  it('no text joins the Chinese and the English of a message', () => {
    expect(found.joined).toEqual([]);
  });
});
