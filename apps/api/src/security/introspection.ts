import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context.js';
import { isStaff } from './roles.js';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

// Introspection maps the whole API for an attacker; the offline explorer and analysts' tools
// need it. Production: signed-in staff only. Development: everyone.
export function introspectionGate(mode: 'all' | 'staff'): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (mode === 'all') return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!asksForSchema(document) || isStaff(contextValue.viewer)) return;
          const text = {
            zhCN: '仅工作人员登录后可查看接口结构。',
            en: 'Introspection is open to signed-in staff only.',
          };
          throw new GraphQLError(contextValue.locale === 'EN' ? text.en : text.zhCN, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
