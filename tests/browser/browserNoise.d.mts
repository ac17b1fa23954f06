import type { ConsoleMessage } from 'playwright-core';
export function isBrowserOwnRequest(url: string): boolean;
export function isBrowserNoise(message: ConsoleMessage): boolean;
