import { createI18n } from '@sme/ui';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { en as applicantEn } from './i18n/en';
import { zhCN as applicantZhCN } from './i18n/zh-CN';
import { uploadFailureText } from './materials-step';
import { MAX_MATERIAL_BYTES, failureOf, refuseBeforeSending } from './upload-material';

const i18n = createI18n({
  resources: { 'zh-CN': { ...zhCN, applicant: applicantZhCN }, en: { ...en, applicant: applicantEn } },
  storageKey: 'test',
});

describe('upload refusals', () => {
  it('read the API’s JSON answer in the page’s language', () => {
    const body = JSON.stringify({
      error: 'UNSUPPORTED_FILE_TYPE',
      message: '第七条：仅接受 PDF、JPEG、PNG 文件',
      messageEn: 'Art. 7: only PDF, JPEG and PNG',
    });
    expect(failureOf(415, body, 'zh-CN')).toEqual({
      status: 415,
      code: 'UNSUPPORTED_FILE_TYPE',
      serverMessage: '第七条：仅接受 PDF、JPEG、PNG 文件',
    });
    expect(failureOf(415, body, 'en').serverMessage).toBe('Art. 7: only PDF, JPEG and PNG');
    expect(failureOf(502, '<html>bad gateway</html>', 'zh-CN')).toEqual({
      status: 502,
      code: null,
      serverMessage: null,
    });
  });

  it('refuse an oversized or empty file before sending it', () => {
    expect(refuseBeforeSending({ size: MAX_MATERIAL_BYTES + 1 })?.code).toBe('FILE_TOO_LARGE');
    expect(refuseBeforeSending({ size: MAX_MATERIAL_BYTES })).toBeNull();
    expect(refuseBeforeSending({ size: 0 })?.code).toBe('NO_FILE');
  });

  it('name the file and the rule of Art. 7 it broke', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(
      uploadFailureText({ status: 415, code: 'UNSUPPORTED_FILE_TYPE', serverMessage: null }, 'a.pdf', i18n.t),
    ).toContain('a.pdf：仅接受 PDF、JPEG、PNG');
    expect(uploadFailureText({ status: 415, code: null, serverMessage: null }, 'a.pdf', i18n.t)).toContain('第七条');
    expect(uploadFailureText({ status: 413, code: null, serverMessage: null }, 'big.pdf', i18n.t)).toContain('20 MiB');
    expect(uploadFailureText({ status: 0, code: null, serverMessage: null }, 'x.png', i18n.t)).toContain('网络');
    await i18n.changeLanguage('en');
    expect(uploadFailureText({ status: 409, code: 'NOT_EDITABLE', serverMessage: null }, 'x.png', i18n.t)).toContain(
      'cannot be uploaded',
    );
  });
});
