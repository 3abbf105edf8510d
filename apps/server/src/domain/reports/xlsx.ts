import ExcelJS from 'exceljs';
import type { ExportTable } from './export-tables.ts';

/** An XLSX workbook with one sheet per table, bold frozen header; cells keep their type (text or number). */
export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PST LiveChat';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    for (const column of sheet.columns) column.width = 18;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
