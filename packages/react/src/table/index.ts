export type { TableRow } from '@parklinks/core';
export { DataTable, type DataTableProps } from '../shared/DataTable.js';
