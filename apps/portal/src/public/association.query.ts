import { graphql } from '@sme/client';

/** Who publishes the public pages (Arts. 2, 8, 9): the association's configured name and website. */
export const AssociationQuery = graphql(`
  query PublicAssociation {
    association {
      name
      website
    }
  }
`);
