import { builder } from '../../builder.js';
import { associationSettings, type AssociationSettings } from '../../settings.js';

const AssociationRef = builder.objectRef<AssociationSettings>('Association').implement({
  description:
    'The association that runs the programme: it accredits, signs the certificates and publishes the notices (Arts. 2, 8, 9).',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'Its name as printed on certificates, forms and public pages (configuration: ASSOCIATION_NAME).',
    }),
    website: t.exposeString('website', {
      nullable: true,
      description: 'Its public website, where notices and the register are published (ASSOCIATION_WEBSITE).',
    }),
  }),
});

builder.queryField('association', (t) =>
  t.field({
    type: AssociationRef,
    description: 'The association that runs the programme. Public.',
    skipTypeScopes: true,
    resolve: () => associationSettings(),
  }),
);
