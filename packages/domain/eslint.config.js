import { base } from '@sme/eslint-config';

export default base;
