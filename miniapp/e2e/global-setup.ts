// Once per run of the app's end-to-end tests: the h5 build (for the browser) and the weapp build (for WeChat's
// compilers and the simulation), each when stale, and one real API for every test file.
import type { TestProject } from 'vitest/node';
import { startApi } from './api-process';
import { ensureBuilt } from './build-once';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureBuilt('h5');
  ensureBuilt('weapp');
  const api = await startApi();
  project.provide('apiUrl', api.url);
  return () => api.stop();
}
