export { DataTable, type DataTableProps } from '../shared/DataTable.js';
export { type TableRow, tableRows } from '../shared/tableRows.js';
