// What the apps' tests share: a fake transport and message fixtures.
export * from './fake-transport.ts';
export * from './fixtures.ts';
