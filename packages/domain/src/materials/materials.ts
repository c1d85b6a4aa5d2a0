import type { ServiceFunction } from '../eligibility/service-function';
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

export const MATERIAL_KIND_NAMES: Record<MaterialKind, Message & { key: MaterialKindName }> = {
  1: { key: 'FUNCTION_CATEGORY_FORM', zhCN: '中小企业公共服务示范平台服务功能类别申请表', en: 'Function-category application form' },
  2: { key: 'APPLICATION_REPORT', zhCN: '中小企业公共服务示范平台申请报告', en: 'Application report' },
  3: { key: 'LEGAL_PERSON_CERTIFICATE', zhCN: '法人证书或营业执照副本复印件', en: 'Legal-person certificate or business licence copy' },
  4: { key: 'AUDIT_REPORT', zhCN: '上一年度审计报告及服务收支情况专项审计报告', en: "Last year's audit report covering service income and expenditure" },
  5: { key: 'PREMISES_PROOF', zhCN: '固定经营服务场所证明复印件（房产证、租赁合同）', en: 'Proof of fixed premises (property certificate or lease)' },
  6: { key: 'SERVICE_EVIDENCE', zhCN: '开展相关服务的证明材料（通知、照片、总结等）', en: 'Evidence of services delivered (notices, photos, summaries)' },
  7: { key: 'QUALIFICATIONS', zhCN: '从业资格（资质）、网站备案、许可证等证明复印件', en: 'Qualifications, website ICP filing, licences' },
  8: { key: 'AUTHENTICITY_DECLARATION', zhCN: '其他证明材料和申报材料真实性声明（加盖公章）', en: 'Other supporting materials and a sealed declaration of authenticity' },
};

/**
 * Kinds 1–6 and 8 are always required. Kind 7 (qualifications, ICP filing) is required only
 * where a declared function's requirement rests on it: TRAINING (training qualification or
 * filing, Art. 6(4)) and INFORMATION (the website's ICP filing, Art. 6(1)).
 */
export function requiredMaterialKinds(declaredFunctions: readonly ServiceFunction[]): MaterialKind[] {
  const needsQualifications = declaredFunctions.some((f) => f === 'TRAINING' || f === 'INFORMATION');
  return MATERIAL_KINDS.filter((k) => k !== 7 || needsQualifications);
}

/** Required kinds not among `presentKinds`, in article order. */
export function missingMaterials(declaredFunctions: readonly ServiceFunction[], presentKinds: readonly MaterialKind[]): MaterialKind[] {
  const present = new Set(presentKinds);
  return requiredMaterialKinds(declaredFunctions).filter((k) => !present.has(k));
}

export type MissingMaterialsError = DomainFailure<'MISSING_MATERIALS'> & { missing: MaterialKind[] };

/** The same answer as `missingMaterials`, as a failure value the API can return; null when complete. */
export function missingMaterialsError(declaredFunctions: readonly ServiceFunction[], presentKinds: readonly MaterialKind[]): MissingMaterialsError | null {
  const missing = missingMaterials(declaredFunctions, presentKinds);
  if (missing.length === 0) return null;
  return {
    code: 'MISSING_MATERIALS',
    article: 'Art. 7',
    missing,
    message: {
      zhCN: `第七条：缺少申报材料：${missing.map((k) => `（${k}）${MATERIAL_KIND_NAMES[k].zhCN}`).join('；')}。`,
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
