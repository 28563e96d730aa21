export * from './auth.module';
export * from './passwords/password-hasher';
export * from './sessions/session.service';
export * from './sessions/opaque-token';
