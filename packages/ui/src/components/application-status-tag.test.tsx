import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { ApplicationStatusTag } from './application-status-tag';

function render(language: 'zh-CN' | 'en') {
  const i18n = createI18n({ resources: { 'zh-CN': {}, en: {} }, storageKey: 'test' });
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ApplicationStatusTag status="ACCREDITED" />
    </I18nextProvider>,
  );
}

describe('ApplicationStatusTag', () => {
  it('defaults to the Chinese label and follows the chosen language', () => {
    expect(render('zh-CN')).toContain('已认定');
    expect(render('en')).toContain('Accredited');
  });

  it('carries the status for tests and styling', () => {
    expect(render('zh-CN')).toContain('data-status="ACCREDITED"');
  });
});
