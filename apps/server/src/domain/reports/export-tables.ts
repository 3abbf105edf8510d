import { ikmElements, type Report, type ReportFigures, type TimeZone } from '@pst/protocol';
import type { VisitorRecord } from '../../store/records.ts';
import { localDate, zoneOffsetMinutes } from '../offices/service-hours.ts';
import type { ReportRow } from './figures.ts';

/** A table of an export: a header and rows of plain cells, the same for CSV and XLSX. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: (string | number)[][];
}

/** "2026-11-23 10:05" on the office's clock; '' when absent. */
function local(instant: Date | undefined, tz: TimeZone): string {
  if (!instant) return '';
  const wall = new Date(instant.getTime() + zoneOffsetMinutes(tz) * 60_000);
  return `${localDate(instant, tz)} ${wall.toISOString().slice(11, 16)}`;
}

const round = (value: number | undefined, digits = 1) =>
  value === undefined ? '' : Math.round(value * 10 ** digits) / 10 ** digits;
const percent = (share: number | undefined) => (share === undefined ? '' : round(share * 100));

/** The IKM survey's elements as the regulation numbers them: U1 … U9. */
const ikmColumns = ikmElements.map((_, i) => `IKM U${i + 1}`);

const conversationHeader = [
  'ID',
  'Kantor / Office',
  'Masuk / Received',
  'Saluran / Channel',
  'Jenis / Kind',
  'Nama / Name',
  'E-mail',
  'Telepon / Phone',
  'Instansi / Institution',
  'Pekerjaan / Occupation',
  'Keperluan / Purpose',
  'Petugas / Officer',
  'Jawaban pertama / First reply',
  'Ditutup / Closed',
  'Alasan tutup / Close reason',
  'Batas waktu / Due',
  'Status batas waktu / Deadline',
  'Respons pertama (menit kerja) / First response (working min)',
  'Penyelesaian (menit kerja) / Resolution (working min)',
  'Topik / Topic',
  'Nilai / Rating',
  'Komentar / Comment',
  ...ikmColumns,
];

/** One row per conversation: the guest book, times (office-local), deadline status, topic and rating. */
export function conversationTable(rows: ReportRow[], visitors: Map<string, VisitorRecord>): ExportTable {
  const sorted = [...rows].sort((a, b) => a.conversation.createdAt.getTime() - b.conversation.createdAt.getTime());
  return {
    name: 'Percakapan',
    header: conversationHeader,
    rows: sorted.map(({ conversation: c, metrics: m, timeZone: tz }) => {
      const visitor = visitors.get(c.visitor);
      return [
        c.id,
        c.office,
        local(c.createdAt, tz),
        c.channel,
        m.startedLive ? 'live' : 'offline',
        visitor?.name ?? c.visitorCard.name,
        visitor?.email ?? '',
        visitor?.phone ?? '',
        visitor?.institution ?? c.visitorCard.institution,
        visitor?.occupation ?? '',
        c.visitorCard.purpose,
        c.officerName ?? '',
        local(c.firstOfficerReplyAt, tz),
        local(c.closedAt, tz),
        c.closeReason ?? '',
        local(c.dueAt, tz),
        m.deadline,
        round(m.firstResponseMinutes),
        round(m.resolutionMinutes),
        c.topic ?? '',
        c.rating?.score ?? '',
        c.rating?.comment ?? '',
        ...ikmElements.map((_, i) => c.survey?.answers[i] ?? ''),
      ];
    }),
  };
}

const figureHeader = [
  'Total',
  'Live',
  'Offline',
  'Respons pertama median (menit kerja)',
  'Respons pertama p90',
  'Penyelesaian median (menit kerja)',
  'Penyelesaian p90',
  'Tepat waktu (%)',
  'Terlambat / Overdue',
  'Ditutup otomatis / Auto-closed',
  'Jumlah penilaian / Ratings',
  'Rata-rata nilai / Average',
  'Puas 4–5 (%)',
  'Tingkat respons penilaian (%)',
  'Antre median (detik)',
  'Antre p90 (detik)',
  'Ditinggalkan / Abandoned',
];

function figureCells(f: ReportFigures): (string | number)[] {
  return [
    f.consultations.total,
    f.consultations.live,
    f.consultations.offline,
    round(f.times.firstResponse.median),
    round(f.times.firstResponse.p90),
    round(f.times.resolution.median),
    round(f.times.resolution.p90),
    percent(f.times.withinDeadlineShare),
    f.times.overdue,
    f.times.autoClosed,
    f.ratings.count,
    round(f.ratings.average, 2),
    percent(f.ratings.satisfiedShare),
    percent(f.ratings.responseRate),
    round(f.queue.wait.median),
    round(f.queue.wait.p90),
    f.queue.abandoned,
  ];
}

/** The report's figures per office, and a last row for all of them. */
export function officeTable(report: Report): ExportTable {
  return {
    name: 'Kantor',
    header: ['Kode / Code', 'Kantor / Office', ...figureHeader],
    rows: [
      ...report.offices.map((o) => [o.code, o.name, ...figureCells(o.figures)]),
      ['', 'Jumlah / Total', ...figureCells(report.total)],
    ],
  };
}

export function officerTable(report: Report): ExportTable {
  return {
    name: 'Petugas',
    header: ['Kantor / Office', 'Petugas / Officer', ...figureHeader],
    rows: report.officers.map((o) => [o.office, o.name, ...figureCells(o.figures)]),
  };
}

export function commentTable(report: Report): ExportTable {
  return {
    name: 'Komentar',
    header: ['ID', 'Kantor / Office', 'Petugas / Officer', 'Nama / Name', 'Nilai / Rating', 'Komentar / Comment'],
    rows: report.comments.map((c) => [
      c.conversationId,
      c.office,
      c.officerName ?? '',
      c.visitorName,
      c.score,
      c.comment,
    ]),
  };
}

/** The IKM survey per office and for all: respondents, each element's average, the score and its category. */
export function ikmTable(report: Report): ExportTable {
  const cells = (f: ReportFigures) => [
    f.ikm.count,
    ...ikmElements.map((_, i) => round(f.ikm.elementAverages?.[i], 2)),
    round(f.ikm.score, 2),
    f.ikm.category ?? '',
  ];
  return {
    name: 'IKM',
    header: ['Kode / Code', 'Kantor / Office', 'Responden', ...ikmColumns, 'Nilai IKM / Score', 'Mutu / Category'],
    rows: [
      ...report.offices.map((o) => [o.code, o.name, ...cells(o.figures)]),
      ['', 'Jumlah / Total', ...cells(report.total)],
    ],
  };
}
