export * from './framework-tree';
export * from './framework-inputs';
export * from './minimal-framework';
