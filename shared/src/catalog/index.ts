export * from './form.js';
export * from './canonical-json.js';
export * from './working-days.js';
export * from './approval.js';
export * from './confidential.js';
