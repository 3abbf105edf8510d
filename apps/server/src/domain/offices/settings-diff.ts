import type { OfficeAdmin, OfficeSettingChange } from '@pst/protocol';

type Settings = Omit<OfficeAdmin, 'code'>;

/** Settings that are lists: the audit keeps what was added and removed, not two copies of the list. */
const listFields = [
  'serviceHours',
  'closures',
  'allowedOrigins',
  'complaintChannels',
  'languages',
  'fileKinds',
] as const;
/** Settings that are objects: the audit names each part (`widget.colour`). */
const objectFields = ['widget', 'contacts', 'privacyNotice'] as const;
/** Settings that are one value. */
const valueFields = [
  'name',
  'timeZone',
  'routingMode',
  'maxChatsPerOfficer',
  'inactivityCloseDays',
  'responseDeadlineDays',
  'retentionDays',
  'ikmSurvey',
] as const;

const key = (value: unknown) => JSON.stringify(value);

function listChange(field: string, before: readonly unknown[], after: readonly unknown[]): OfficeSettingChange[] {
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((item) => !had.has(key(item)));
  const removed = before.filter((item) => !has.has(key(item)));
  return added.length + removed.length > 0 ? [{ field, added, removed }] : [];
}

/** `{ greeting: { id } }` → `[['greeting.id', value]]`. */
function leaves(value: unknown, prefix: string): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([name, inner]) => leaves(inner, `${prefix}.${name}`));
}

function objectChanges(field: string, before: object, after: object): OfficeSettingChange[] {
  const old = new Map(leaves(before, field));
  const now = new Map(leaves(after, field));
  return [...new Set([...old.keys(), ...now.keys()])]
    .filter((name) => key(old.get(name)) !== key(now.get(name)))
    .map((name) => ({
      field: name,
      ...(old.get(name) === undefined ? {} : { before: old.get(name) }),
      ...(now.get(name) === undefined ? {} : { after: now.get(name) }),
    }));
}

/**
 * What changed between two states of an office's settings, field by field,
 * for the office audit. It reads only the named settings, so nothing else an
 * office record might carry ever reaches the audit.
 */
export function settingsDiff(before: Settings, after: Settings): OfficeSettingChange[] {
  return [
    ...valueFields
      .filter((field) => before[field] !== after[field])
      .map((field) => ({ field, before: before[field], after: after[field] })),
    ...listFields.flatMap((field) => listChange(field, before[field], after[field])),
    ...objectFields.flatMap((field) => objectChanges(field, before[field], after[field])),
  ];
}
