// Every audit action code the API writes has a name in Chinese and in English, so the audit
// trail page (审计日志) never shows a raw code. The codes are found in the source: the literal
// codes near each audit write, and `<subject>.<action>` for every action of the transition
// tables the workflow runners write.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditActionCodes, auditActionName } from '@sme/domain';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

function writtenCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(join(import.meta.dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    // The lines after each audit write hold its action code (a literal, or two in a ternary).
    for (const match of text.matchAll(/(recordAudit\(|auditEvent\.create\()/g)) {
      const window = text.slice(match.index, match.index + 600);
      const action = /action:([^\n]*)/.exec(window)?.[1] ?? '';
      for (const code of action.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g)) codes.add(code[1]!);
    }
  }
  return [...codes].sort();
}

describe('audit action names', () => {
  it('finds the codes the API writes (the scan works)', () => {
    const codes = writtenCodes();
    expect(codes).toContain('spotCheck.draw');
    expect(codes).toContain('auth.twoFactorEnabled');
    expect(codes.length).toBeGreaterThan(40);
  });

  it.each([...new Set([...writtenCodes(), ...auditActionCodes()])])('%s has a Chinese and an English name', (code) => {
    const name = auditActionName(code);
    expect(name?.zhCN).toMatch(/[\u4e00-\u9fff]/);
    expect(name?.en).toMatch(/^[A-Z]/);
    expect(name?.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names objection.dismiss as staff read it', () => {
    expect(auditActionName('objection.dismiss')).toEqual({ zhCN: '驳回异议', en: 'Dismissed an objection' });
    expect(auditActionName('application.award')?.zhCN).toBeTruthy();
    expect(auditActionName('no.such')).toBeNull();
  });
});
