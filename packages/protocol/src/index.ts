export * from './common.ts';
export * from './conversation.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './health.ts';
export * from './office.ts';
export * from './officer.ts';
export * from './visitor.ts';
