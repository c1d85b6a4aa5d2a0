import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { RegionCascader } from './region-cascader';

function render(value: string[] | undefined, language: 'zh-CN' | 'en' = 'zh-CN') {
  const i18n = createI18n({ resources: { 'zh-CN': {}, en: {} }, storageKey: 'test' });
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <RegionCascader value={value} />
    </I18nextProvider>,
  );
}

describe('RegionCascader', () => {
  it('shows the chosen province and city by name', () => {
    const html = render(['440000', '440300']);
    expect(html).toContain('广东省');
    expect(html).toContain('深圳市');
  });

  it('prompts in the chosen language when empty', () => {
    expect(render(undefined)).toContain('省份 / 城市');
    expect(render(undefined, 'en')).toContain('Province / city');
  });
});
