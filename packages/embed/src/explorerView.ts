import { PartnershipExplorer } from '@parklinks/react/explorer';
import { createElement, type ReactElement } from 'react';
import type { ViewProps } from './viewFactory.js';

/**
 * The explorer as an element draws it. It owns its filter controls, so the element's filter is its starting
 * filter; a new filter attribute starts it afresh.
 */
export const explorerView = ({ data, locale, theme, width, filter, title, onSelect }: ViewProps): ReactElement =>
  createElement(PartnershipExplorer, {
    key: JSON.stringify(filter ?? {}),
    data,
    locale,
    theme,
    ...(width !== undefined ? { width } : {}),
    ...(title ? { title } : {}),
    ...(filter ? { defaultFilter: filter } : {}),
    onSelectionChange: (s) => onSelect(s?.id ?? null, s?.type),
  });
