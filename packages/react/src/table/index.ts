export { type TableRow, tableRows } from '@parklinks/core';
export { DataTable, type DataTableProps } from '../shared/DataTable.js';
