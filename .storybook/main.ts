import type { StorybookConfig } from '@storybook/react-vite';
import { workspaceAliases } from '../tests/aliases';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories import the packages' public entries; point them at the sources so `pnpm start` needs no build.
  viteFinal: async (config) => {
    config.resolve ??= {};
    config.resolve.alias = [
      ...workspaceAliases,
      ...(Array.isArray(config.resolve.alias)
        ? config.resolve.alias
        : Object.entries(config.resolve.alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
    ];
    return config;
  },
};
export default config;
