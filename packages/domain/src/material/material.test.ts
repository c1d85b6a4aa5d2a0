import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MATERIAL_KINDS,
  MATERIAL_KIND_NAMES,
  materialKindByName,
  MaterialKind,
  checkMaterialFileType,
  isAcceptedMimeType,
  missingMaterials,
  missingMaterialsError,
  requiredMaterialKinds,
} from './material';

describe('materials (Art. 7)', () => {
  it('numbers the eight kinds as the article does', () => {
    expect(MaterialKind.FUNCTION_CATEGORY_FORM).toBe(1);
    expect(MaterialKind.AUTHENTICITY_DECLARATION).toBe(8);
    expect(MATERIAL_KIND_NAMES[MaterialKind.QUALIFICATIONS].zhCN).toContain('网站备案');
  });

  it('requires all eight kinds for every application (Art. 7: 需提交下列材料)', () => {
    expect(requiredMaterialKinds()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Object.keys(MaterialKind)).toEqual([
      'FUNCTION_CATEGORY_FORM',
      'APPLICATION_REPORT',
      'LEGAL_PERSON_CERTIFICATE',
      'AUDIT_REPORT',
      'PREMISES_PROOF',
      'SERVICE_EVIDENCE',
      'QUALIFICATIONS',
      'AUTHENTICITY_DECLARATION',
    ]);
    for (const k of requiredMaterialKinds()) expect(materialKindByName(MATERIAL_KIND_NAMES[k].key)).toBe(k);
    expect(materialKindByName('OTHER')).toBeNull();
    expect(materialKindByName('toString')).toBeNull();
  });

  it('keeps both forms of the audit report in the label of kind 4', () => {
    expect(MATERIAL_KIND_NAMES[4].zhCN).toBe(
      '上一年度审计报告及服务收支情况的专项审计报告，或上一年度包含服务收支情况的审计报告',
    );
    expect(MATERIAL_KIND_NAMES[4].en).toContain(', or ');
  });

  it('lists what is missing, in article order, ignoring extras and repeats', () => {
    expect(missingMaterials([8, 7, 6, 5, 4, 3, 2, 1, 1])).toEqual([]);
    expect(missingMaterials([1, 2, 3, 4, 5, 6, 8])).toEqual([7]);
    expect(missingMaterials([])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(missingMaterialsError([1, 2, 3, 4, 5, 6, 7, 8])).toBeNull();
    const e = missingMaterialsError([1, 2, 3, 4, 5, 6]);
    expect(e).toMatchObject({ code: 'MISSING_MATERIALS', article: 'Art. 7', missing: [7, 8] });
    expect(e?.message.zhCN).toContain('第七条');
    expect(e?.message.zhCN).toContain('（七）管理部门颁发的从业资格');
    expect(e?.message.en).toContain('(7)');
  });

  it('missing ∪ present covers all eight kinds, and missing ∩ present is empty (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MATERIAL_KINDS)), (present) => {
        const missing = missingMaterials(present);
        expect(new Set([...missing, ...present]).size).toBe(8);
        expect(missing.some((k) => present.includes(k))).toBe(false);
        expect(missingMaterialsError(present) === null).toBe(missing.length === 0);
      }),
    );
  });

  it('accepts PDF, JPEG and PNG only', () => {
    for (const t of [
      'application/pdf',
      'image/jpeg',
      'image/png',
      'IMAGE/PNG',
      'application/pdf; charset=binary',
      'image/pjpeg',
    ]) {
      expect(isAcceptedMimeType(t)).toBe(true);
    }
    for (const t of ['image/gif', 'application/msword', 'text/plain', '', 'application/pdfx']) {
      expect(isAcceptedMimeType(t)).toBe(false);
    }
    expect(checkMaterialFileType('image/png')).toBeNull();
    expect(checkMaterialFileType('image/webp')).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', article: 'Art. 7' });
  });
});
