import { formatChineseDate } from '@sme/domain';
import type { WorkbenchCard } from '@sme/ui';
import type { TFunction } from 'i18next';

export type WorkbenchItem = { kind: string; count: number; link: string; dueOn: string | null };

/** The API's workbench items as cards, in the API's order; a due date is written in the UI's language. */
export function workbenchCards(items: readonly WorkbenchItem[], t: TFunction, language: string): WorkbenchCard[] {
  return items.map((item) => {
    const hint = t(`workbench.kind.${item.kind}.hint`);
    const due = item.dueOn
      ? t('workbench.dueOn', { date: language.startsWith('zh') ? formatChineseDate(item.dueOn) : item.dueOn })
      : null;
    return {
      key: item.kind,
      label: t(`workbench.kind.${item.kind}.label`),
      hint: due ? `${hint} · ${due}` : hint,
      count: item.count,
      to: item.link,
    };
  });
}
