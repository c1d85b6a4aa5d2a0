import { z } from 'zod';
import { bilingual } from './error-classes.js';

// Zod's own messages ("Too big: expected string to have <=200 characters") are English only. A
// rule without a message of its own (`.max(200)`) gets one here in both languages, so a field
// error reads in the caller's language like the rest (the ValidationError picks it). A message
// written at the rule always wins over these.
export function zodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1
          ? bilingual({ zhCN: '不能为空', en: 'must not be empty' })
          : bilingual({ zhCN: `至少${min}个字`, en: `must have at least ${min} characters` });
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return bilingual({ zhCN: `至少选择${min}项`, en: `choose at least ${min}` });
      return issue.inclusive === false
        ? bilingual({ zhCN: `应大于${min}`, en: `must be more than ${min}` })
        : bilingual({ zhCN: `不能小于${min}`, en: `must be at least ${min}` });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return bilingual({ zhCN: `最多${max}个字`, en: `must have at most ${max} characters` });
      if (issue.origin === 'array' || issue.origin === 'set')
        return bilingual({ zhCN: `最多${max}项`, en: `choose at most ${max}` });
      return issue.inclusive === false
        ? bilingual({ zhCN: `应小于${max}`, en: `must be less than ${max}` })
        : bilingual({ zhCN: `不能大于${max}`, en: `must be at most ${max}` });
    }
    case 'invalid_format':
      return issue.format === 'email'
        ? bilingual({ zhCN: '邮箱格式不正确', en: 'not a valid e-mail address' })
        : bilingual({ zhCN: '格式不正确', en: 'not in the expected format' });
    case 'invalid_type':
      return issue.expected === 'int' ? bilingual({ zhCN: '应为整数', en: 'must be a whole number' }) : undefined;
    case 'invalid_value':
      return bilingual({ zhCN: '不是允许的取值', en: 'not one of the allowed values' });
    default:
      return undefined;
  }
}

z.config({ customError: zodMessage });
