import type { ExportTable } from './export-tables.ts';

/**
 * CSV as Indonesian Excel opens it: UTF-8 with a byte-order mark, `;` between cells (the decimal comma
 * locale's list separator), CRLF between rows. A cell that a spreadsheet would run as a formula (starts
 * with = + - @, visitor text can) gets a leading apostrophe; numbers are written as they are.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
