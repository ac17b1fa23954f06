// Imported first by every browser entry, so it runs before zod initializes: zod then never probes
// `new Function` (a strict CSP reports even a caught probe as a violation) and validates without JIT.
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };
