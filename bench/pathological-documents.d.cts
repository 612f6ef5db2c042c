// Types for pathological-documents.cjs, so the TypeScript test can import it.
export declare const pathologicalRequests: { name: string; body: unknown; status: number; contentType?: string; raw?: string }[];
export declare function measureRequest<T>(
  send: () => Promise<T>,
  rounds: number,
): Promise<{ answer: T; delayMs: number; rawMaxMs: number; cpuMs: number }>;
