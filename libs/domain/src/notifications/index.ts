export * from './reminder-schedule';
export * from './responsible-parties';
