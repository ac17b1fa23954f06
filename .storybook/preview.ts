import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story must pass axe; the browser tier enforces the same.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
