import type { Server } from 'node:http';

export function serve(
  root: string,
  options?: { headers?: Record<string, string> },
): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
