import { describe, expect, it } from 'vitest';
import {
  MATERIAL_KIND_NAMES,
  MaterialKind,
  checkMaterialFileType,
  isAcceptedMimeType,
  missingMaterials,
  missingMaterialsError,
  requiredMaterialKinds,
} from './materials';

describe('materials (Art. 7)', () => {
  it('numbers the eight kinds as the article does', () => {
    expect(MaterialKind.FUNCTION_CATEGORY_FORM).toBe(1);
    expect(MaterialKind.AUTHENTICITY_DECLARATION).toBe(8);
    expect(MATERIAL_KIND_NAMES[MaterialKind.QUALIFICATIONS].zhCN).toContain('网站备案');
  });

  it('requires 1–6 and 8 always, 7 only with TRAINING or INFORMATION', () => {
    expect(requiredMaterialKinds([])).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(requiredMaterialKinds(['TECHNOLOGY', 'STARTUP', 'FINANCING'])).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(requiredMaterialKinds(['TRAINING'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(requiredMaterialKinds(['FINANCING', 'INFORMATION'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lists what is missing, ignoring extras', () => {
    expect(missingMaterials(['TECHNOLOGY'], [1, 2, 3, 4, 5, 6, 8])).toEqual([]);
    expect(missingMaterials(['TECHNOLOGY'], [1, 2, 3, 4, 5, 6, 7])).toEqual([8]);
    expect(missingMaterials(['TRAINING'], [1, 2, 3, 4, 5, 6, 8])).toEqual([7]);
    expect(missingMaterials(['INFORMATION'], [])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(missingMaterialsError(['TECHNOLOGY'], [1, 2, 3, 4, 5, 6, 8])).toBeNull();
    const e = missingMaterialsError(['TRAINING'], [1, 2, 3, 4, 5, 6]);
    expect(e).toMatchObject({ code: 'MISSING_MATERIALS', article: 'Art. 7', missing: [7, 8] });
    expect(e?.message.zhCN).toContain('第七条');
    expect(e?.message.en).toContain('(7)');
  });

  it('accepts PDF, JPEG and PNG only', () => {
    for (const t of ['application/pdf', 'image/jpeg', 'image/png', 'IMAGE/PNG', 'application/pdf; charset=binary', 'image/pjpeg']) {
      expect(isAcceptedMimeType(t)).toBe(true);
    }
    for (const t of ['image/gif', 'application/msword', 'text/plain', '', 'application/pdfx']) {
      expect(isAcceptedMimeType(t)).toBe(false);
    }
    expect(checkMaterialFileType('image/png')).toBeNull();
    expect(checkMaterialFileType('image/webp')).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', article: 'Art. 7' });
  });
});
