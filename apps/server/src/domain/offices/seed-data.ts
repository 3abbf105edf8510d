import type { Closure, ComplaintChannel, OfficeCode, Role, RoutingMode, ServiceSlot, TimeZone } from '@pst/protocol';

/**
 * The five offices of the seed documents (Standar Pelayanan "Konsultasi melalui media online"), for a
 * first start and for demos. Everything here is taken from the seeds unless a comment says otherwise.
 */
export interface SeedOffice {
  code: OfficeCode;
  name: string;
  timeZone: TimeZone;
  serviceHours: ServiceSlot[];
  closures: Closure[];
  /** False only for the always-open demo desk. */
  nationalHolidays?: boolean;
  complaintChannels: ComplaintChannel[];
  contacts: { website?: string; address?: string; phone?: string; email?: string; whatsapp?: string };
  responseDeadlineDays: number;
  inactivityCloseDays: number;
  routingMode: RoutingMode;
  maxChatsPerOfficer: number;
  greeting: { id: string; en: string };
  colour: string;
  allowedOrigins: string[];
}

function weekdays(days: number[], start: string, end: string): ServiceSlot[] {
  return days.map((weekday) => ({ weekday, start, end }));
}

/** 08.00–15.30 Monday to Friday: what the Bali and Buleleng seeds state, and the usual BPS hours. */
const usualHours = weekdays([1, 2, 3, 4, 5], '08:00', '15:30');

/**
 * National holidays and cuti bersama are not seeded: every office inherits them from the calendar data
 * (domain/calendar/indonesia-holidays.json). Offices add only their own local closures.
 */
const localClosures: Closure[] = [];

const lapor: ComplaintChannel = { kind: 'lapor', value: 'https://www.lapor.go.id', label: 'SP4N-LAPOR!' };

// Same for every office: the standards' 3 working days, and Bombana's auto-close after 7 silent days.
const common = { responseDeadlineDays: 3, inactivityCloseDays: 7, maxChatsPerOfficer: 5, closures: localClosures };

/** Dark BPS blue: about 8:1 against white text, well above WCAG AA's 4.5:1. */
const colour = '#0b4f8a';

function greeting(name: string): SeedOffice['greeting'] {
  return {
    id: `Halo! Selamat datang di layanan konsultasi statistik PST ${name}. Ada yang bisa kami bantu?`,
    en: `Hello! Welcome to the statistical consultation service of PST ${name}. How can we help you?`,
  };
}

export const seedOffices: SeedOffice[] = [
  {
    ...common,
    code: '5100',
    name: 'BPS Provinsi Bali',
    timeZone: 'Asia/Makassar',
    serviceHours: usualHours,
    complaintChannels: [
      { kind: 'box', value: 'Kotak saran & pengaduan di ruangan PST', label: 'Pengaduan langsung' },
      { kind: 'form', value: 'https://s.bps.go.id/pengaduan_5100', label: 'Formulir pengaduan online' },
      { kind: 'email', value: 'pst5100@bps.go.id', label: 'E-mail PST' },
      { kind: 'whatsapp', value: '081 810 5100', label: 'WhatsApp PST' },
      { kind: 'phone', value: '(0361) 238159', label: 'Telepon' },
    ],
    // The seed names no website or address; the website follows the BPS pattern.
    contacts: {
      website: 'https://bali.bps.go.id',
      email: 'pst5100@bps.go.id',
      whatsapp: '081 810 5100',
      phone: '(0361) 238159',
    },
    routingMode: 'auto',
    greeting: greeting('BPS Provinsi Bali'),
    colour,
    allowedOrigins: ['https://bali.bps.go.id'],
  },
  {
    ...common,
    code: '5102',
    name: 'BPS Kabupaten Tabanan',
    timeZone: 'Asia/Makassar',
    serviceHours: [...weekdays([1, 2, 3, 4], '08:00', '16:00'), { weekday: 5, start: '08:00', end: '16:30' }],
    complaintChannels: [
      {
        kind: 'box',
        value: 'Kotak saran & pengaduan pada unit PST BPS Kabupaten Tabanan',
        label: 'Pengaduan langsung',
      },
      lapor,
      { kind: 'form', value: 'https://webapps.bps.go.id/pengaduan', label: 'Pengaduan BPS' },
      { kind: 'form', value: 'https://s.bps.go.id/pengaduan5102', label: 'Formulir pengaduan online' },
      { kind: 'whatsapp', value: '085173215102', label: 'WhatsApp PST' },
      { kind: 'phone', value: '0361811571', label: 'Telepon' },
    ],
    // The seed gives no e-mail address and no street address.
    contacts: { website: 'https://tabanankab.bps.go.id', whatsapp: '085173215102', phone: '0361811571' },
    routingMode: 'manual',
    greeting: greeting('BPS Kabupaten Tabanan'),
    colour,
    allowedOrigins: ['https://tabanankab.bps.go.id'],
  },
  {
    ...common,
    code: '5108',
    name: 'BPS Kabupaten Buleleng',
    timeZone: 'Asia/Makassar',
    serviceHours: usualHours,
    // The seed lists no e-mail or WhatsApp number for complaints (consultations go through Telegram @SiSUSI).
    complaintChannels: [
      { kind: 'box', value: 'Kotak saran & pengaduan di ruangan PST', label: 'Pengaduan langsung' },
      { kind: 'form', value: 'https://s.bps.go.id/pengaduan_5108', label: 'Formulir pengaduan online' },
      { kind: 'phone', value: '0362-22145', label: 'Telepon' },
    ],
    contacts: {
      website: 'https://bulelengkab.bps.go.id',
      address: 'Jl. Dewi Sartika Selatan No.19, Kaliuntu, Kec. Buleleng, Kabupaten Buleleng, Bali 81116',
      phone: '0362-22145',
    },
    routingMode: 'auto',
    greeting: greeting('BPS Kabupaten Buleleng'),
    colour,
    allowedOrigins: ['https://bulelengkab.bps.go.id'],
  },
  {
    ...common,
    code: '7406',
    name: 'BPS Kabupaten Bombana',
    timeZone: 'Asia/Makassar',
    // Assumption: the seed states no service hours, so the usual BPS 08.00–15.30 Mon–Fri.
    serviceHours: usualHours,
    // The complaints section of the seed prints the WhatsApp number as 0882261848787 (13 digits), the procedure
    // section as 082261848787: we take the latter, a valid mobile number; the extra 8 looks like a typo.
    complaintChannels: [
      { kind: 'box', value: 'Kotak saran dan pengaduan di perpustakaan', label: 'Pengaduan langsung' },
      { kind: 'form', value: 'https://s.bps.go.id/PengaduanLayananBPS7406', label: 'Formulir pengaduan online' },
      { kind: 'email', value: 'bps7406@bps.go.id', label: 'E-mail' },
      { kind: 'whatsapp', value: '082261848787', label: 'WhatsApp' },
    ],
    // The seed names no website or address; the website follows the BPS pattern.
    contacts: { website: 'https://bombanakab.bps.go.id', email: 'bps7406@bps.go.id', whatsapp: '082261848787' },
    routingMode: 'auto',
    greeting: greeting('BPS Kabupaten Bombana'),
    colour,
    allowedOrigins: ['https://bombanakab.bps.go.id'],
  },
  {
    ...common,
    code: '7604',
    name: 'BPS Kabupaten Mamuju',
    timeZone: 'Asia/Makassar',
    // Assumption: the seed states no service hours, so the usual BPS 08.00–15.30 Mon–Fri.
    serviceHours: usualHours,
    complaintChannels: [
      {
        kind: 'box',
        value: 'Kotak saran dan pengaduan pada unit PST BPS Kabupaten Mamuju',
        label: 'Pengaduan langsung',
      },
      {
        kind: 'form',
        value: 'https://s.bps.go.id/saran-pengaduan-sulbar',
        label: 'SPATULA: Saran Pengaduan Online dan Rating Petugas Layanan',
      },
      { kind: 'email', value: 'bps7604@bps.go.id', label: 'E-mail' },
      { kind: 'whatsapp', value: '0812-1000-7604', label: 'SMS/WhatsApp' },
      lapor,
    ],
    contacts: {
      website: 'https://mamujukab.bps.go.id',
      address: 'Jl. Trans Sulawesi, Lingkungan Timbu, Kelurahan Mamunyu, Kecamatan Mamuju, Sulawesi Barat 91511',
      phone: '0812-1000-7604',
      email: 'bps7604@bps.go.id',
      whatsapp: '0812-1000-7604',
    },
    routingMode: 'auto',
    greeting: greeting('BPS Kabupaten Mamuju'),
    colour,
    allowedOrigins: ['https://mamujukab.bps.go.id'],
  },
];

/**
 * Development only: a desk open around the clock with no holidays, so a newcomer can try a live chat at any
 * hour (README, quick start). Not an office of the standards; production never seeds it.
 */
export const alwaysOpenDemoOffice: SeedOffice = {
  code: '9999',
  name: 'PST Demo (buka 24 jam)',
  timeZone: 'Asia/Jakarta',
  serviceHours: weekdays([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00'),
  closures: [],
  nationalHolidays: false,
  complaintChannels: [lapor],
  contacts: {},
  responseDeadlineDays: 3,
  inactivityCloseDays: 7,
  routingMode: 'auto',
  maxChatsPerOfficer: 5,
  greeting: greeting('Demo'),
  colour,
  allowedOrigins: [],
};

export interface DemoOfficer {
  name: string;
  email: string;
  password: string;
  role: Role;
  offices: OfficeCode[];
}

/** Invented Indonesian names, local to each region: supervisor first, then two officers. */
const demoNames: Record<string, [string, string, string]> = {
  '5100': ['Ni Made Ayu Lestari', 'I Gede Wirawan', 'Ni Komang Sari Dewi'],
  '5102': ['I Wayan Sudarma', 'Ni Luh Putu Ariani', 'I Ketut Arsana'],
  '5108': ['Made Suardika', 'Kadek Dwi Pratiwi', 'Nyoman Budiarta'],
  '7406': ['Wa Ode Nurhayati', 'La Ode Hasrun', 'Andi Rahmawati'],
  '7604': ['Muhammad Arifin', 'Nurul Hidayah', 'Andi Syahrul'],
  '9999': ['Dewi Anggraini', 'Budi Santoso', 'Siti Rahmawati'],
};

/**
 * Three demo accounts for an office: one supervisor, two officers. DEVELOPMENT AND DEMOS ONLY: the
 * passwords are public (`demo-<code>-pst`), so these accounts must never be created in production.
 */
export function demoOfficers(code: OfficeCode): DemoOfficer[] {
  const [supervisor, first, second] = demoNames[code] ?? [`Supervisor PST ${code}`, 'Petugas PST 1', 'Petugas PST 2'];
  const account = (name: string, local: string, role: Exclude<Role, 'admin'>): DemoOfficer => ({
    name,
    email: `${local}.${code}@demo.pst.local`,
    password: `demo-${code}-pst`,
    role,
    offices: [code],
  });
  return [
    account(supervisor, 'supervisor', 'supervisor'),
    account(first, 'petugas1', 'officer'),
    account(second, 'petugas2', 'officer'),
  ];
}

/** The development admin: every office, public password. Production seeds no admin (README: the first admin). */
export function demoAdmin(offices: OfficeCode[]): DemoOfficer {
  return { name: 'Admin PST Demo', email: 'admin@demo.pst.local', password: 'demo-admin-pst', role: 'admin', offices };
}
