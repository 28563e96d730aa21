export * from './lib/evaluations.routes';
export * from './lib/evaluations.guards';
