import { z } from 'zod';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
  type LocalisedText,
} from '../../graphql/error-classes.js';

export const errorTypes = [ValidationError, RuleViolationError, NotFoundError, StaleVersionError];
export const reason = (what: LocalisedText) =>
  z
    .string()
    .trim()
    .min(1, bilingual({ zhCN: `请填写${what.zhCN}`, en: what.en }))
    .max(4000);
