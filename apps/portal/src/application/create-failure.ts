import type { TFunction } from 'i18next';
import type { CreateDraftApplicationResult } from './applications.query';
import { articleLabel } from '../i18n/article-label';

export const FORM_FIELDS = ['roundId', 'functions'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the form shows when creating failed: a summary, messages for fields, and the rest. */
export type CreateFailure = {
  summary: string;
  fieldErrors: { field: FormField; messages: string[] }[];
  otherErrors: string[];
};

type Failed = Exclude<CreateDraftApplicationResult, { __typename: 'CreateDraftApplicationSuccess' }>;

/** The API names fields by input path (["input", "functions"] or ["functions", "0"]); the
 * nearest segment that is a form field decides where the message goes. */
export function formFieldOf(path: readonly string[]): FormField | null {
  for (const segment of [...path].reverse()) {
    const field = FORM_FIELDS.find((f) => f === segment);
    if (field) return field;
  }
  return null;
}

export function describeCreateFailure(result: Failed, t: TFunction, language: string): CreateFailure {
  switch (result.__typename) {
    case 'ValidationError': {
      const byField = new Map<FormField, string[]>();
      const otherErrors: string[] = [];
      for (const { path, message } of result.fieldErrors) {
        const field = formFieldOf(path);
        if (field) byField.set(field, [...(byField.get(field) ?? []), message]);
        else otherErrors.push(message);
      }
      return {
        summary: t('newApplication.validationFailed', { message: result.message }),
        fieldErrors: [...byField].map(([field, messages]) => ({ field, messages })),
        otherErrors,
      };
    }
    case 'RuleViolationError': {
      // the article lets the applicant look the rule up in the Measures; named once only
      const article = articleLabel(result.article, language);
      return {
        summary: result.message.includes(article)
          ? result.message
          : t('newApplication.ruleViolation', { message: result.message, article }),
        fieldErrors: [],
        otherErrors: [],
      };
    }
    default:
      return result satisfies never;
  }
}
