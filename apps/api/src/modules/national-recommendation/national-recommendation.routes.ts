// Art. 14: the year's national recommendations as CSV/XLSX (GET /api/exports/national-recommendations.xlsx?year=2026).
import { SERVICE_FUNCTION_NAMES, type ServiceFunction } from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { registerExportList } from '../../exports/exporter.js';
import { formatIsoDate } from '../common/scalars.js';

type Row = {
  id: string;
  year: number;
  note: string | null;
  recommendedAt: Date;
  accreditation: {
    certificateNumber: string;
    functions: ServiceFunction[];
    validFrom: Date;
    validUntil: Date;
    organisation: { name: string; creditCode: string; provinceCode: string | null; cityCode: string | null };
  };
};

registerExportList<Row, { year: number | null }, string>({
  name: 'national-recommendations',
  title: '国家级示范平台推荐名单',
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
        recommendedAt: true,
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
    return { rows: rows as Row[], next: rows.length === size ? (rows.at(-1)?.id ?? null) : null };
  },
  columns: [
    { header: '年度', value: (r) => r.year },
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
    { header: '推荐说明', value: (r) => r.note ?? '', width: 40 },
    { header: '推荐时间', value: (r) => r.recommendedAt, width: 24 },
  ],
});
