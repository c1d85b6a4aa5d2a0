import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('readEnv', () => {
  it('defaults to production semantics', () => {
    expect(readEnv({}).nodeEnv).toBe('production');
  });

  it('never seeds demo accounts on PostgreSQL, whatever SEED_DEMO says', () => {
    expect(readEnv({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db', SEED_DEMO: 'true' }).seedDemo).toBe(false);
    expect(readEnv({}).seedDemo).toBe(true);
  });

  it('trusts no proxy by default and accepts addresses and CIDRs', () => {
    expect(readEnv({}).trustProxy).toEqual([]);
    expect(readEnv({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
      'loopback',
    ]);
    expect(() => readEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => readEnv({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it("requires administrators' two-factor sign-in on PostgreSQL by default, not on the embedded demo", () => {
    expect(readEnv({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db' }).requireAdminTwoFactor).toBe(true);
    expect(readEnv({}).requireAdminTwoFactor).toBe(false);
    expect(readEnv({ REQUIRE_ADMIN_2FA: 'true' }).requireAdminTwoFactor).toBe(true);
  });

  it('has a 30-minute idle timeout by default', () => {
    expect(readEnv({}).sessionIdleMinutes).toBe(30);
  });

  it('reads SECRET_ENCRYPTION_KEY as 32 bytes and refuses anything else without echoing it', () => {
    const key = Buffer.alloc(32, 7);
    expect(readEnv({ SECRET_ENCRYPTION_KEY: key.toString('base64') }).secretEncryptionKey).toEqual(key);
    expect(readEnv({}).secretEncryptionKey).toBeUndefined();
    expect(() => readEnv({ SECRET_ENCRYPTION_KEY: 'hunter2' })).toThrow(/SECRET_ENCRYPTION_KEY/);
    expect(() => readEnv({ SECRET_ENCRYPTION_KEY: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('names the association (the issuer of every official paper) from configuration, and sends mail in its name', () => {
    expect(readEnv({}).association).toEqual({ name: '中国中小企业国际合作协会', website: null });
    expect(readEnv({}).mailFrom).toBe('中国中小企业国际合作协会 <noreply@localhost>');
    const other = readEnv({
      ASSOCIATION_NAME: '某省中小企业服务中心',
      ASSOCIATION_WEBSITE: 'https://www.example.org/',
    });
    expect(other.association).toEqual({ name: '某省中小企业服务中心', website: 'https://www.example.org/' });
    expect(other.mailFrom).toBe('某省中小企业服务中心 <noreply@localhost>');
    expect(readEnv({ MAIL_FROM: 'Desk <desk@example.org>' }).mailFrom).toBe('Desk <desk@example.org>');
  });

  it('reads the public address that feeds and QR codes link to, without a trailing slash, and only an http(s) URL', () => {
    expect(readEnv({}).publicOrigin).toBeUndefined();
    expect(readEnv({ PUBLIC_ORIGIN: 'https://sfpt.example.org/' }).publicOrigin).toBe('https://sfpt.example.org');
    expect(() => readEnv({ PUBLIC_ORIGIN: 'javascript:alert(1)' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => readEnv({ PUBLIC_ORIGIN: 'sfpt.example.org' })).toThrow(/PUBLIC_ORIGIN/);
  });

  it('calls an open revocation overdue after 10 working days unless configured', () => {
    expect(readEnv({}).openRevocationReminderWorkingDays).toBe(10);
    expect(readEnv({ OPEN_REVOCATION_REMINDER_WORKING_DAYS: '5' }).openRevocationReminderWorkingDays).toBe(5);
    expect(() => readEnv({ OPEN_REVOCATION_REMINDER_WORKING_DAYS: '0' })).toThrow(
      /OPEN_REVOCATION_REMINDER_WORKING_DAYS/,
    );
  });

  it('opens the annual service report on 1 December and makes it due on 31 March unless configured', () => {
    expect(readEnv({}).annualReportSchedule).toEqual({ opensOn: '12-01', dueOn: '03-31' });
    expect(readEnv({ ANNUAL_REPORT_DUE_ON: '04-30' }).annualReportSchedule.dueOn).toBe('04-30');
    expect(() => readEnv({ ANNUAL_REPORT_DUE_ON: '02-29' })).toThrow(/ANNUAL_REPORT_DUE_ON/);
    expect(() => readEnv({ ANNUAL_REPORT_OPENS_ON: '12/01' })).toThrow(/ANNUAL_REPORT_OPENS_ON/);
  });
});
