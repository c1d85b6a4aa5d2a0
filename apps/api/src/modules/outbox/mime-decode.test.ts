import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, decodeMessage } from './mime-decode.js';

async function eml(options: { subject: string; text: string; textEncoding?: 'base64' | 'quoted-printable' }) {
  const info = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    .sendMail({ from: '中国中小企业国际合作协会 <noreply@example.com>', to: 'member@example.com', ...options });
  return (info.message as Buffer).toString('utf8');
}

describe('reading back the outbox .eml copies', () => {
  it('decodes a Chinese subject split over encoded-words and a base64 body', async () => {
    const raw = await eml({ subject: '公示期满：请作出认定决定（第八条）', text: '您好，\n公示期已结束。' });
    expect(raw).toContain('=?UTF-8?B?');
    expect(decodeMessage(raw)).toMatchObject({
      from: '中国中小企业国际合作协会 <noreply@example.com>',
      to: 'member@example.com',
      subject: '公示期满：请作出认定决定（第八条）',
      body: '您好，\n公示期已结束。',
    });
  });

  it('decodes a quoted-printable body and Q-encoded words', async () => {
    const raw = await eml({
      subject: '抽查材料',
      text: '请于2026年12月8日前提交材料。',
      textEncoding: 'quoted-printable',
    });
    expect(raw).toMatch(/Content-Transfer-Encoding: quoted-printable/i);
    expect(decodeMessage(raw).body).toBe('请于2026年12月8日前提交材料。');
    expect(decodeEncodedWords('=?UTF-8?Q?=E6=8A=BD=E6=9F=A5_ok?=')).toBe('抽查 ok');
  });
});
