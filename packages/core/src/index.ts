// @parklinks/core: framework-free scenes. Shared helpers here; each chart's layout under '@parklinks/core/map', '/network', '/timeline'.

export * from './scene/layoutText.js';
export * from './scene/marksToSvg.js';
export * from './scene/messages.js';
export * from './scene/resolveColors.js';
export * from './scene/sceneToSvg.js';
export * from './scene/selection.js';
export type * from './scene/types.js';
export * from './shared/i18n.js';
export * from './shared/kindLabels.js';
export * from './shared/messages.js';
export * from './shared/placeLabels.js';
export * from './shared/steps.js';
export * from './shared/tableRows.js';
export * from './shared/textWidth.js';
export * from './shared/theme.js';
export * from './shared/viewBoxPoint.js';
export * from './shared/zoomMath.js';
