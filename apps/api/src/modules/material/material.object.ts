import { MATERIAL_KINDS, type ServiceFunction } from '@sme/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { MATERIAL_KIND_KEYS, materialKindKey, missingKinds, requiredKinds } from './material-kinds.js';

export const MaterialKindEnum = builder.enumType('MaterialKind', {
  description: 'Art. 7: the eight kinds of application material, in the order of the article.',
  values: MATERIAL_KIND_KEYS,
});

type VersionRow = {
  id: string;
  version: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  supersededAt: Date | null;
};

export const MaterialVersionRef = builder.objectRef<VersionRow>('MaterialVersion').implement({
  description: 'One uploaded file of a material. Download: GET /api/materials/{id}.',
  fields: (t) => ({
    id: t.id({ resolve: (v) => encodeGlobalID('MaterialVersion', v.id) }),
    version: t.exposeInt('version', { description: '1, 2, … within its material.' }),
    fileName: t.exposeString('fileName'),
    contentType: t.string({
      description: 'Recognised from the bytes: application/pdf, image/jpeg or image/png.',
      resolve: (v) => v.mimeType,
    }),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    downloadUrl: t.string({ resolve: (v) => `/api/materials/${encodeGlobalID('MaterialVersion', v.id)}` }),
  }),
});

type DocumentShape = { id: string; createdAt: Date; versions: VersionRow[] };
type MaterialShape = { kind: number; required: boolean; versions: VersionRow[]; documents: DocumentShape[] };

export const MaterialDocumentRef = builder.objectRef<DocumentShape>('MaterialDocument').implement({
  description:
    'One document of a kind (a kind may hold several: evidence, certificates, other materials), with its versions. Upload another version: POST …/materials/{kind}?document={id}; another document: ?document=new.',
  fields: (t) => ({
    id: t.id({ resolve: (d) => encodeGlobalID('MaterialDocument', d.id) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    current: t.field({
      type: MaterialVersionRef,
      nullable: true,
      description: 'Its latest upload.',
      resolve: (d) => d.versions[0] ?? null,
    }),
    versions: t.field({ type: [MaterialVersionRef], description: 'Newest first.', resolve: (d) => d.versions }),
  }),
});

export const MaterialRef = builder.objectRef<MaterialShape>('Material').implement({
  description: 'The uploads of one kind of Art. 7. Every upload is a new version; older versions are kept.',
  fields: (t) => ({
    kind: t.field({ type: MaterialKindEnum, resolve: (m) => materialKindKey(m.kind) }),
    required: t.exposeBoolean('required'),
    current: t.field({
      type: MaterialVersionRef,
      nullable: true,
      description: 'The latest upload.',
      resolve: (m) => m.versions[0] ?? null,
    }),
    versions: t.field({ type: [MaterialVersionRef], description: 'Newest first.', resolve: (m) => m.versions }),
    documents: t.field({
      type: [MaterialDocumentRef],
      description:
        'The documents of this kind, oldest first, each with its own versions; `current` and `versions` above span them all.',
      resolve: (m) => m.documents,
    }),
  }),
});

const materialsSelect = {
  functions: { select: { function: true } },
  materials: {
    where: { removedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      createdAt: true,
      kind: true,
      versions: { orderBy: [{ uploadedAt: 'desc' }, { version: 'desc' }] },
    },
  },
} as const;

type MaterialsRow = {
  functions: { function: string }[];
  materials: { id: string; createdAt: Date; kind: number; versions: VersionRow[] }[];
};

function materialsOf(app: MaterialsRow): MaterialShape[] {
  const functions = app.functions.map((f) => f.function as ServiceFunction);
  const required = new Set<number>(requiredKinds(functions));
  return MATERIAL_KINDS.map((kind) => ({
    kind,
    required: required.has(kind),
    versions: app.materials
      .filter((m) => m.kind === kind)
      .flatMap((m) => m.versions)
      .sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime() || b.version - a.version),
    documents: app.materials
      .filter((m) => m.kind === kind && m.versions.length > 0)
      .map((m) => ({ id: m.id, createdAt: m.createdAt, versions: m.versions })),
  }));
}

builder.prismaObjectFields('Application', (t) => ({
  materials: t.field({
    type: [MaterialRef],
    description: 'One entry per kind of Art. 7, uploaded or not.',
    select: materialsSelect,
    resolve: (app) => materialsOf(app as unknown as MaterialsRow),
  }),
  missingMaterials: t.field({
    type: [MaterialKindEnum],
    description: 'Required kinds of Art. 7 with no upload yet.',
    select: materialsSelect,
    resolve: (app) => {
      const row = app as unknown as MaterialsRow;
      const present = row.materials.filter((m) => m.versions.length > 0).map((m) => m.kind);
      return missingKinds(
        row.functions.map((f) => f.function as ServiceFunction),
        present,
      ).map(materialKindKey);
    },
  }),
}));
