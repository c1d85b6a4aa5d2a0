import { createI18n } from '@sme/ui';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { describeCreateFailure, formFieldOf } from './create-failure';

const i18n = createI18n({ resources: { 'zh-CN': zhCN, en }, storageKey: 'test' });

describe('formFieldOf', () => {
  it('finds the form field in an input path', () => {
    expect(formFieldOf(['input', 'functions'])).toBe('functions');
    expect(formFieldOf(['functions', '0'])).toBe('functions');
    expect(formFieldOf(['roundId'])).toBe('roundId');
    expect(formFieldOf(['input'])).toBeNull();
    expect(formFieldOf([])).toBeNull();
  });
});

describe('describeCreateFailure', () => {
  it('names the article of a violated rule, in Chinese and in English', async () => {
    const violation = {
      __typename: 'RuleViolationError' as const,
      message: '当前不在申报期内',
      article: 'Art. 10',
      code: 'ROUND_CLOSED',
    };
    await i18n.changeLanguage('zh-CN');
    expect(describeCreateFailure(violation, i18n.t, i18n.language).summary).toBe('当前不在申报期内（依据第十条）');
    await i18n.changeLanguage('en');
    expect(describeCreateFailure(violation, i18n.t, i18n.language).summary).toBe('当前不在申报期内 (Art. 10)');
  });

  it('does not repeat an article the message already names', async () => {
    await i18n.changeLanguage('zh-CN');
    const violation = {
      __typename: 'RuleViolationError' as const,
      message: '第十条：每批次限申报一次',
      article: 'Art. 10',
      code: 'DUPLICATE',
    };
    expect(describeCreateFailure(violation, i18n.t, i18n.language).summary).toBe('第十条：每批次限申报一次');
  });

  it('puts field errors on their fields and keeps the rest', async () => {
    await i18n.changeLanguage('zh-CN');
    const failure = describeCreateFailure(
      {
        __typename: 'ValidationError',
        message: '输入有误',
        fieldErrors: [
          { path: ['input', 'functions'], message: '至少选择一项' },
          { path: ['input', 'functions', '1'], message: '重复的功能' },
          { path: ['input'], message: '其他问题' },
        ],
      },
      i18n.t,
      i18n.language,
    );
    expect(failure.summary).toBe('申报信息有误：输入有误');
    expect(failure.fieldErrors).toEqual([{ field: 'functions', messages: ['至少选择一项', '重复的功能'] }]);
    expect(failure.otherErrors).toEqual(['其他问题']);
  });
});
