// The input rule for names (organisation names, people's display names): @sme/domain's
// normaliseName — NFKC, no format characters (bidi controls, zero-width characters), at least
// one visible character. A refused name is a ValidationError naming the field and the character.
import { codePointLabel, normaliseName } from '@sme/domain';
import { z } from 'zod';
import { bilingual, type LocalisedText } from './error-classes.js';

export function nameSchema(max: number, what: LocalisedText) {
  return z
    .string()
    .max(max * 4)
    .superRefine((raw, ctx) => {
      const checked = normaliseName(raw);
      if (!checked.ok) {
        const message =
          checked.problem === 'NO_VISIBLE_CHARACTER'
            ? {
                zhCN: `请填写${what.zhCN}（至少一个可见字符）`,
                en: `${what.en}: at least one visible character is needed`,
              }
            : {
                zhCN: `${what.zhCN}含有不可见的格式或控制字符（${codePointLabel(checked.character ?? '')}），请删除后重试`,
                en: `${what.en} contains an invisible format or control character (${codePointLabel(checked.character ?? '')}); remove it`,
              };
        ctx.addIssue({ code: 'custom', message: bilingual(message) });
      } else if (checked.name.length > max)
        ctx.addIssue({
          code: 'custom',
          message: bilingual({ zhCN: `${what.zhCN}最多${max}个字符`, en: `${what.en}: at most ${max} characters` }),
        });
    });
}

/** The stored form of a name that passed nameSchema. */
export function storedName(raw: string): string {
  const checked = normaliseName(raw);
  if (!checked.ok) throw new Error('storedName: the name was not validated');
  return checked.name;
}
