import { APPLICATION_STATUSES, SERVICE_FUNCTIONS, SHARED_RESOURCES, type ApplicationStatus as UiStatus } from '@sme/ui';
import type { ServiceFunction as UiFunction } from '@sme/ui';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import schemaSource from '../../../apps/api/schema.graphql?raw';
import generatedTypes from './graphql-env.d.ts?raw';
import type { ApplicationStatus, ServiceFunction } from './graphql';
import { invalidOperations } from './testing/invalid-operations';

const schema = buildSchema(schemaSource);
const modules = import.meta.glob<string>(
  ['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.d.ts', '!./testing/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in schema.graphql`);
  return type.getValues().map((v) => v.name);
}

describe('the contract in apps/api/schema.graphql', () => {
  it('has a label in both languages and a colour for every ApplicationStatus', () => {
    expectTypeOf<ApplicationStatus>().toEqualTypeOf<UiStatus>();
    expect([...APPLICATION_STATUSES].sort()).toEqual(enumValues('ApplicationStatus').sort());
    for (const locale of ['zh-CN', 'en'] as const) {
      const labels = (SHARED_RESOURCES[locale] as { ui: { status: Record<string, string> } }).ui.status;
      for (const status of enumValues('ApplicationStatus')) expect(labels[status], `${locale} ${status}`).toBeTruthy();
    }
  });

  it('has a label for every ServiceFunction', () => {
    expectTypeOf<ServiceFunction>().toEqualTypeOf<UiFunction>();
    expect([...SERVICE_FUNCTIONS].sort()).toEqual(enumValues('ServiceFunction').sort());
  });

  it("accepts the session operations (Me, Login, Logout, DemoAccountsActive), the notification bell's (count, list, mark read) and the account security page's (sessions, enrol, confirm, disable, end one, sign out everywhere)", () => {
    const { found, invalid } = invalidOperations(schemaSource, modules);
    expect(found).toBe(13);
    expect(invalid).toEqual([]);
  });

  it('is what src/graphql-env.d.ts was generated from (else run generate:graphql)', () => {
    // each type is one line of the generated file; every member the schema declares must be on it
    const lines = new Map(
      generatedTypes.split('\n').flatMap((line) => {
        const name = /^\s*'(\w+)': \{/.exec(line)?.[1];
        return name ? [[name, line] as const] : [];
      }),
    );
    const stale: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isScalarType(type)) continue;
      const line = lines.get(type.name);
      if (!line) {
        stale.push(type.name);
        continue;
      }
      const members = isEnumType(type)
        ? type.getValues().map((v) => `'${v.name}'`)
        : isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
          ? Object.keys(type.getFields()).map((f) => `name: '${f}'`)
          : isUnionType(type)
            ? type.getTypes().map((t) => `'${t.name}'`)
            : [];
      for (const member of members) if (!line.includes(member)) stale.push(`${type.name} ${member}`);
    }
    expect(stale).toEqual([]);
  });
});
