import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { splitBilingual } from './error-classes.js';
import './zod-messages.js';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return splitBilingual(result.error.issues[0]?.message ?? '');
};

describe("zod's own messages", () => {
  it('exist in Chinese and English when a rule gives none', () => {
    expect(messageOf(z.string().max(3), 'abcd')).toEqual({ zhCN: '最多3个字', en: 'must have at most 3 characters' });
    expect(messageOf(z.string().trim().min(1), '  ')).toEqual({ zhCN: '不能为空', en: 'must not be empty' });
    expect(messageOf(z.number().int().max(10), 11)).toEqual({ zhCN: '不能大于10', en: 'must be at most 10' });
    expect(messageOf(z.number().int(), 1.5)).toEqual({ zhCN: '应为整数', en: 'must be a whole number' });
    expect(messageOf(z.string().email(), 'x')).toEqual({ zhCN: '邮箱格式不正确', en: 'not a valid e-mail address' });
    expect(messageOf(z.array(z.string()).max(1), ['a', 'b'])).toEqual({ zhCN: '最多1项', en: 'choose at most 1' });
  });

  it('leave a message written at the rule as it is', () => {
    expect(messageOf(z.string().min(1, '请填写名称'), '')).toEqual({ zhCN: '请填写名称', en: '请填写名称' });
  });
});
