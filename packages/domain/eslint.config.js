import { base } from '@sme/eslint-config';

// The domain package is pure and runs in browsers: no I/O, no clock, no framework or DB imports.
// "Today" and the holiday calendar are arguments.
export default [
  ...base,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'],
              message: 'packages/domain is pure and runs in browsers.',
            },
            {
              group: ['@prisma/*', 'prisma', 'graphql', '@pothos/*', 'react', 'react-dom', 'urql'],
              message: 'packages/domain imports no framework or database.',
            },
            { group: ['@sme/*', '../../*'], message: 'packages/domain imports nothing internal.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in the domain: pass "today" in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock in the domain: pass "today" in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Use seededRandom so draws are reproducible.',
        },
      ],
    },
  },
];
