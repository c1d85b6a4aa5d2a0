import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom, stableUrn } from './atom.js';
import { registerFeed } from './publication-content.js';
import { frameAncestors } from './publication.routes.js';
import { parseXml } from './parse-xml.test-helper.js';

const entry = {
  id: 'a1',
  certificateNumber: 'SMEPSP-2026-1-0007-K',
  organisationName: 'A<B&C',
  region: null,
  functions: ['TRAINING', 'STARTUP'] as const,
  awardedOn: '2026-11-25',
  validFrom: '2026-11-25',
  validUntil: '2029-11-24',
  revocationPendingSince: null,
  recordedAt: new Date('2026-11-25T02:00:00Z'),
};

describe('publication feeds', () => {
  it('link relatively when no public address is configured: never to a host a request named', () => {
    const xml = renderAtom(
      registerFeed(
        '中国中小企业国际合作协会',
        null,
        { total: 1, entries: [{ ...entry, functions: [...entry.functions] }] },
        { base: '' },
        new Date(),
      ),
    );
    const root = parseXml(xml);
    const hrefs = [...root.children, ...root.children.flatMap((c) => c.children)]
      .filter((e) => e.name === 'link')
      .map((l) => l.attributes.href);
    expect(hrefs).toEqual([
      '/api/feeds/register.atom',
      '/public/register',
      '/public/verify?number=SMEPSP-2026-1-0007-K',
    ]);
    // Art. 4's order, whatever order the title stored.
    expect(xml).toContain('服务功能：创业服务、培训服务');
  });

  it('give each record an id that never changes and names no host', () => {
    expect(stableUrn('accreditation:a1')).toBe(stableUrn('accreditation:a1'));
    expect(stableUrn('accreditation:a1')).not.toBe(stableUrn('accreditation:a2'));
    expect(stableUrn('accreditation:a1')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('escape markup and drop characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('let the association’s website frame the pages once configured, any site otherwise', () => {
    expect(frameAncestors(null)).toBe('*');
    expect(frameAncestors('https://www.assoc.example.org/news/')).toBe("'self' https://www.assoc.example.org");
  });
});
