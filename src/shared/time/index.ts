export * from './count';
export * from './format';
