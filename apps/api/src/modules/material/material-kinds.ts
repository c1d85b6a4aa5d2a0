import {
  MATERIAL_KINDS,
  MATERIAL_KIND_NAMES,
  missingMaterials,
  type MaterialKind,
  type MaterialKindName,
  type ServiceFunction,
} from '@sme/domain';

export const MATERIAL_KIND_KEYS = MATERIAL_KINDS.map((k) => MATERIAL_KIND_NAMES[k].key) as MaterialKindName[];

export function materialKindOf(name: string): MaterialKind | null {
  const found = MATERIAL_KINDS.find((k) => MATERIAL_KIND_NAMES[k].key === name);
  return found ?? null;
}

export function materialKindKey(kind: number): MaterialKindName {
  return MATERIAL_KIND_NAMES[kind as MaterialKind].key;
}

// The one place the API asks the domain which kinds are missing (Art. 7: all eight, whatever
// the functions; the functions stay in the signature in case a kind ever depends on them).
export function missingKinds(_functions: readonly ServiceFunction[], presentKinds: readonly number[]): MaterialKind[] {
  return missingMaterials(presentKinds as MaterialKind[]);
}

export function requiredKinds(functions: readonly ServiceFunction[]): MaterialKind[] {
  return missingKinds(functions, []);
}
