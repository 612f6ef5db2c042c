// Once per run of the app's browser tests: the h5 build (when stale) and one real API for every test file.
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
  const api = await startApi();
  project.provide('apiUrl', api.url);
  return () => api.stop();
}
