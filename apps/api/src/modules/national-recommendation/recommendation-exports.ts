// Art. 14: the platforms recommended for a year, with their place in the ranking they were chosen
// from and every component of their score, as CSV/XLSX for submission
// (GET /api/exports/recommended-platforms.xlsx?year=2027).
import { SCORE_COMPONENT_NAMES, SCORE_COMPONENTS, SERVICE_FUNCTION_NAMES, type ServiceFunction } from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { registerExportList, type ExportColumn } from '../../exports/exporter.js';
import { formatIsoDate } from '../common/scalars.js';

type Row = {
  id: string;
  year: number;
  note: string | null;
  rank: number | null;
  score: number | null;
  recommendedAt: Date;
  components: Record<string, number>;
  accreditation: {
    certificateNumber: string;
    functions: ServiceFunction[];
    validFrom: Date;
    validUntil: Date;
    organisation: { name: string; creditCode: string; provinceCode: string | null; cityCode: string | null };
  };
};

const componentColumns: ExportColumn<Row>[] = SCORE_COMPONENTS.map((name) => ({
  header: `${SCORE_COMPONENT_NAMES[name].zhCN}（0–1）`,
  value: (r: Row) => (name in r.components ? Number(r.components[name]?.toFixed(4)) : ''),
  width: 16,
}));

registerExportList<Row, { year: number | null }, string>({
  name: 'recommended-platforms',
  title: '国家级示范平台择优推荐名单',
  allowed: (v) => hasRole(v, 'ADMIN') || hasRole(v, 'ANALYST'),
  filter: (query) => {
    const year = query.year ? Number(query.year) : null;
    if (year !== null && !Number.isInteger(year)) throw new Error(`year must be a whole number: ${query.year}`);
    return { year };
  },
  page: async ({ year }, cursor, size) => {
    const rows = await prisma().nationalRecommendation.findMany({
      where: { ...(year ? { year } : {}), ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: size,
      select: {
        id: true,
        year: true,
        note: true,
        rank: true,
        score: true,
        recommendedAt: true,
        accreditationId: true,
        ranking: { select: { candidates: true } },
        accreditation: {
          select: {
            certificateNumber: true,
            functions: true,
            validFrom: true,
            validUntil: true,
            organisation: { select: { name: true, creditCode: true, provinceCode: true, cityCode: true } },
          },
        },
      },
    });
    const out: Row[] = rows.map(({ ranking, accreditationId, ...r }) => {
      const candidates = (ranking?.candidates ?? []) as unknown as {
        accreditationId: string;
        components: { name: string; value: number }[];
      }[];
      const mine = candidates.find((c) => c.accreditationId === accreditationId);
      return {
        ...r,
        accreditation: r.accreditation as Row['accreditation'],
        components: Object.fromEntries((mine?.components ?? []).map((c) => [c.name, c.value])),
      };
    });
    out.sort((a, b) => a.year - b.year || (a.rank ?? 1e9) - (b.rank ?? 1e9));
    return { rows: out, next: rows.length === size ? (rows.at(-1)?.id ?? null) : null };
  },
  columns: [
    { header: '年度', value: (r) => r.year },
    { header: '排名', value: (r) => r.rank ?? '' },
    { header: '综合得分', value: (r) => (r.score === null ? '' : Number(r.score.toFixed(2))) },
    { header: '证书编号', value: (r) => r.accreditation.certificateNumber, width: 20 },
    { header: '机构名称', value: (r) => r.accreditation.organisation.name, width: 36 },
    { header: '统一社会信用代码', value: (r) => r.accreditation.organisation.creditCode, width: 22 },
    {
      header: '地区',
      value: (r) => regionLabel(r.accreditation.organisation.provinceCode, r.accreditation.organisation.cityCode) ?? '',
    },
    {
      header: '服务功能',
      value: (r) => r.accreditation.functions.map((f) => SERVICE_FUNCTION_NAMES[f].zhCN).join('、'),
      width: 30,
    },
    { header: '有效期自', value: (r) => formatIsoDate(r.accreditation.validFrom) },
    { header: '有效期至', value: (r) => formatIsoDate(r.accreditation.validUntil) },
    ...componentColumns,
    { header: '推荐说明', value: (r) => r.note ?? '', width: 40 },
    { header: '推荐时间', value: (r) => r.recommendedAt, width: 24 },
  ],
});
