import { react } from '@sme/eslint-config';

export default react;
