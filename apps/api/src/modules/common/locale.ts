import { builder } from '../../builder.js';

export const LocaleEnum = builder.enumType('Locale', {
  description: 'Language of a message: Chinese (the default) or English.',
  values: ['ZH_CN', 'EN'] as const,
});

export type Locale = 'ZH_CN' | 'EN';

export function pick(message: { zhCN: string; en: string }, locale: Locale | null | undefined): string {
  return locale === 'EN' ? message.en : message.zhCN;
}
