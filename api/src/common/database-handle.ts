// The database for parts built before it is open (the runtime is built first, then the app attaches its ORM).
import type { EntityManager } from '@mikro-orm/postgresql';

export class DatabaseHandle {
  private fork: (() => EntityManager) | null = null;

  attach(fork: () => EntityManager): void {
    this.fork = fork;
  }

  /** A fresh EntityManager fork (one per use, never the global one). */
  em(): EntityManager {
    if (!this.fork) throw new Error('no database attached yet');
    return this.fork();
  }
}
