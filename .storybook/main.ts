import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const src = (p: string) => fileURLToPath(new URL(`../packages/${p}`, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories import the packages' public entries; point them at the sources so `pnpm start` needs no build.
  viteFinal: async (config) => {
    config.resolve ??= {};
    config.resolve.alias = {
      ...(config.resolve.alias as Record<string, string>),
      '@parklinks/data/node': src('data/src/node/index.ts'),
      '@parklinks/data': src('data/src/index.ts'),
      '@parklinks/react': src('react/src/index.ts'),
      '@parklinks/embed': src('embed/src/index.ts'),
    };
    return config;
  },
};
export default config;
