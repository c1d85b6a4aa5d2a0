import { describe, expect, it } from 'vitest';
import { describeFieldIssue } from './field-labels.js';

describe('validation messages name the field in words', () => {
  it('reads a generic rule with the field name in both languages', () => {
    expect(describeFieldIssue(['input', 'name'], { zhCN: '不能为空', en: 'must not be empty' })).toEqual({
      zhCN: '名称不能为空',
      en: 'The name must not be empty',
    });
  });
  it('keeps a message that already names its field', () => {
    expect(
      describeFieldIssue(['input', 'dueOn'], { zhCN: '截止日期须晚于今天', en: 'the due date must be after today' }),
    ).toEqual({ zhCN: '截止日期须晚于今天', en: 'The due date must be after today' });
  });
  it('names a field inside a list and a field without a label, never by its path', () => {
    const scored = describeFieldIssue(['input', 'scores', '0', 'score'], {
      zhCN: '不能大于10',
      en: 'must be at most 10',
    });
    expect(scored).toEqual({ zhCN: '分数不能大于10', en: 'The score must be at most 10' });
    const unknown = describeFieldIssue(['input', 'projectDatabase'], {
      zhCN: '格式不正确',
      en: 'not in the expected format',
    });
    expect(unknown.en).toBe('Project database: not in the expected format');
    expect(unknown.zhCN).toBe('格式不正确');
  });
});
