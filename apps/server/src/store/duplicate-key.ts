/** MongoDB's duplicate-key error (a unique index refused an insert); FerretDB gives the code but not which key. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
