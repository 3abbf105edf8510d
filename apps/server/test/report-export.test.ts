import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REPORT_TIME, seedReportData } from './support/report-data.ts';
import { startWorld } from './support/world.ts';

/** A `;`-separated CSV read back: quoted cells may hold `;`, `""` and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

async function setup() {
  const world = await startWorld({ at: REPORT_TIME });
  const data = await seedReportData(world);
  const download = (query: string) =>
    fetch(`${world.url}/api/reports/export?${query}`, { headers: { cookie: data.supervisor5102.cookie } });
  return { world, data, download };
}

describe('report exports', () => {
  it('CSV: UTF-8 with BOM, `;`, one row per conversation with guest book, times, deadline, topic, rating', async () => {
    const { data, download } = await setup();
    const response = await download('period=2026-11&office=5102&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="laporan-5102-2026-11-conversations.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows).toHaveLength(1 + 8);
    const header = rows[0] as string[];
    const byId = new Map(rows.slice(1).map((row) => [row[0], Object.fromEntries(header.map((h, i) => [h, row[i]]))]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'].map((c) => data.ids[c]),
    );
    expect(byId.get(data.ids.c3)).toEqual({
      ID: data.ids.c3,
      'Kantor / Office': '5102',
      'Masuk / Received': '2026-11-06 17:00',
      'Saluran / Channel': 'web',
      'Jenis / Kind': 'offline',
      'Nama / Name': 'Tamu c3',
      'E-mail': 'c3@contoh.id',
      'Telepon / Phone': '08123456789',
      'Instansi / Institution': 'Universitas Udayana',
      'Pekerjaan / Occupation': 'Mahasiswa',
      'Keperluan / Purpose': 'klasifikasi',
      'Petugas / Officer': 'Budi Santoso',
      'Jawaban pertama / First reply': '2026-11-09 08:40',
      'Ditutup / Closed': '2026-11-13 09:00',
      'Alasan tutup / Close reason': 'resolved',
      'Batas waktu / Due': '2026-11-12 16:00',
      'Status batas waktu / Deadline': 'missed',
      'Respons pertama (menit kerja) / First response (working min)': '40',
      'Penyelesaian (menit kerja) / Resolution (working min)': '1980',
      'Topik / Topic': 'klasifikasi',
      'Nilai / Rating': '2',
      // A formula-looking comment is defused with an apostrophe; the `;` inside survives quoting.
      'Komentar / Comment': "'=Terlambat; lama",
      // Not asked the IKM survey: its nine answers are empty.
      ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`IKM U${i + 1}`, ''])),
    });
    expect(byId.get(data.ids.c8)?.['Komentar / Comment']).toBe('Terima kasih "cepat"');
    expect(byId.get(data.ids.c7)).toMatchObject({
      'Saluran / Channel': 'email',
      'Status batas waktu / Deadline': 'overdue',
    });
    expect(byId.get(data.ids.c5)).toMatchObject({ 'Jenis / Kind': 'live', 'Status batas waktu / Deadline': 'none' });
  });

  it('CSV of the officers table, with decimal commas', async () => {
    const { download } = await setup();
    const rows = parseCsv(
      (await (await download('period=2026-11&office=5102&format=csv&table=officers')).text()).slice(1),
    );
    const header = rows[0] as string[];
    const ayu = Object.fromEntries(header.map((h, i) => [h, rows[1]?.[i]]));
    expect(ayu).toMatchObject({
      'Petugas / Officer': 'Ayu Lestari',
      Total: '3',
      'Respons pertama median (menit kerja)': '5',
      'Tepat waktu (%)': '66,7',
      'Rata-rata nilai / Average': '4,5',
      'Puas 4–5 (%)': '100',
    });
  });

  it('XLSX: the offices, officers, conversations and comments sheets, read back', async () => {
    const { data, download } = await setup();
    const response = await download('period=2026&office=5102&format=xlsx');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kantor',
      'Petugas',
      'Percakapan',
      'Komentar',
      'IKM',
    ]);
    const values = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));

    const offices = values('Kantor');
    // 5102 in 2026: 9 conversations, 7 live, 2 offline; first response median 10, p90 40; resolution 60, 1980;
    // 5 of 7 within the deadline; 2 overdue; 1 auto-closed; 5 ratings averaging 3.8, 60 % satisfied, 5/7 rated.
    expect(offices[1]).toEqual([
      '5102',
      'BPS 5102',
      9,
      7,
      2,
      10,
      40,
      60,
      1980,
      71.4,
      2,
      1,
      5,
      3.8,
      60,
      71.4,
      120,
      600,
      2,
    ]);
    expect(offices[2]?.slice(0, 3)).toEqual(['', 'Jumlah / Total', 9]);

    const conversations = values('Percakapan');
    expect(conversations).toHaveLength(1 + 9);
    const c9 = conversations.find((row) => row[0] === data.ids.c9);
    expect(c9?.slice(2, 5)).toEqual(['2026-12-01 10:00', 'web', 'live']);
    expect(c9?.slice(16, 22)).toEqual(['met', 30, 60, 'metadata', 3, 'Cukup']);
    const c3 = conversations.find((row) => row[0] === data.ids.c3);
    // XLSX cells are text, never formulas: no apostrophe needed.
    expect(c3?.[21]).toBe('=Terlambat; lama');

    expect(values('Komentar').map((row) => row[5])).toEqual([
      'Komentar / Comment',
      'Sangat membantu',
      '=Terlambat; lama',
      'Terima kasih "cepat"',
      'Cukup',
    ]);
  });
});
