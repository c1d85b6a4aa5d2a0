import type { DomainFailure, Message } from '../shared/message';

/** The eight kinds of material of Art. 7, numbered as in the source (（一）…（八）). */
export const MaterialKind = {
  FUNCTION_CATEGORY_FORM: 1,
  APPLICATION_REPORT: 2,
  LEGAL_PERSON_CERTIFICATE: 3,
  AUDIT_REPORT: 4,
  PREMISES_PROOF: 5,
  SERVICE_EVIDENCE: 6,
  QUALIFICATIONS: 7,
  AUTHENTICITY_DECLARATION: 8,
} as const;
export type MaterialKind = (typeof MaterialKind)[keyof typeof MaterialKind];
export type MaterialKindName = keyof typeof MaterialKind;

export const MATERIAL_KINDS: readonly MaterialKind[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** Labels as Art. 7 words them; kind 4 keeps both forms the measures accept. */
export const MATERIAL_KIND_NAMES: Record<MaterialKind, Message & { key: MaterialKindName }> = {
  1: {
    key: 'FUNCTION_CATEGORY_FORM',
    zhCN: '中小企业公共服务示范平台服务功能类别申请表（附件1）',
    en: 'Function-category application form (Annex 1)',
  },
  2: { key: 'APPLICATION_REPORT', zhCN: '中小企业公共服务示范平台申请报告', en: 'Application report' },
  3: {
    key: 'LEGAL_PERSON_CERTIFICATE',
    zhCN: '法人证书或营业执照副本复印件',
    en: 'Copy of the legal-person certificate or business licence',
  },
  4: {
    key: 'AUDIT_REPORT',
    zhCN: '上一年度审计报告及服务收支情况的专项审计报告，或上一年度包含服务收支情况的审计报告',
    en: "Last year's audit report with a special audit of service income and expenditure, or last year's audit report that covers service income and expenditure",
  },
  5: {
    key: 'PREMISES_PROOF',
    zhCN: '固定的经营服务场所证明复印件（房产证、租赁合同）',
    en: 'Copy of the proof of fixed premises (property certificate or lease)',
  },
  6: {
    key: 'SERVICE_EVIDENCE',
    zhCN: '开展相关服务的证明材料（通知、照片、总结等）',
    en: 'Evidence of services delivered (notices, photos, summaries)',
  },
  7: {
    key: 'QUALIFICATIONS',
    zhCN: '管理部门颁发的从业资格（资质）、网站备案、许可证等证明（复印件）',
    en: 'Copies of qualifications, website filing, licences and similar certificates issued by the authorities',
  },
  8: {
    key: 'AUTHENTICITY_DECLARATION',
    zhCN: '能够证明符合申报条件的其他材料和对申报材料真实性的声明（加盖申报单位公章）',
    en: "Other materials showing the conditions are met, and a declaration that the materials are authentic, bearing the applicant's seal",
  },
};

/** The kind named `name` (`AUDIT_REPORT` → 4), or null for an unknown name. */
export function materialKindByName(name: string): MaterialKind | null {
  return Object.prototype.hasOwnProperty.call(MaterialKind, name) ? MaterialKind[name as MaterialKindName] : null;
}

/**
 * Art. 7: 申请示范平台的机构需提交下列材料 — all eight kinds, for every application and every
 * declared function (docs/measures.md, "Materials").
 */
export function requiredMaterialKinds(): MaterialKind[] {
  return [...MATERIAL_KINDS];
}

/** Required kinds not among `presentKinds`, in article order. */
export function missingMaterials(presentKinds: readonly MaterialKind[]): MaterialKind[] {
  const present = new Set(presentKinds);
  return requiredMaterialKinds().filter((k) => !present.has(k));
}

const CHINESE_NUMERALS: Record<MaterialKind, string> = {
  1: '一',
  2: '二',
  3: '三',
  4: '四',
  5: '五',
  6: '六',
  7: '七',
  8: '八',
};

export type MissingMaterialsError = DomainFailure<'MISSING_MATERIALS'> & { missing: MaterialKind[] };

/** The same answer as `missingMaterials`, as a failure value the API can return; null when complete. */
export function missingMaterialsError(presentKinds: readonly MaterialKind[]): MissingMaterialsError | null {
  const missing = missingMaterials(presentKinds);
  if (missing.length === 0) return null;
  return {
    code: 'MISSING_MATERIALS',
    article: 'Art. 7',
    missing,
    message: {
      zhCN: `第七条：缺少申报材料：${missing.map((k) => `（${CHINESE_NUMERALS[k]}）${MATERIAL_KIND_NAMES[k].zhCN}`).join('；')}。`,
      en: `Art. 7: missing materials: ${missing.map((k) => `(${k}) ${MATERIAL_KIND_NAMES[k].en}`).join('; ')}.`,
    },
  };
}

export const ACCEPTED_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number];

export type UnsupportedFileTypeError = DomainFailure<'UNSUPPORTED_FILE_TYPE'> & { mimeType: string };

/**
 * Accepts PDF, JPEG and PNG. Browsers report MIME types in varying case and sometimes with
 * parameters (`application/pdf; charset=binary`), and old IE/Windows uploads say
 * `image/pjpeg`, so the type is normalised before comparing.
 */
export function isAcceptedMimeType(mimeType: string): boolean {
  return normaliseMimeType(mimeType) !== null;
}

export function normaliseMimeType(mimeType: string): AcceptedMimeType | null {
  const essence = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const aliased = essence === 'image/pjpeg' || essence === 'image/jpg' ? 'image/jpeg' : essence;
  return (ACCEPTED_MIME_TYPES as readonly string[]).includes(aliased) ? (aliased as AcceptedMimeType) : null;
}

export function checkMaterialFileType(mimeType: string): UnsupportedFileTypeError | null {
  if (isAcceptedMimeType(mimeType)) return null;
  return {
    code: 'UNSUPPORTED_FILE_TYPE',
    article: 'Art. 7',
    mimeType,
    message: {
      zhCN: `第七条：不支持的文件类型“${mimeType}”，仅接受 PDF、JPEG、PNG。`,
      en: `Art. 7: unsupported file type "${mimeType}"; only PDF, JPEG and PNG are accepted.`,
    },
  };
}
