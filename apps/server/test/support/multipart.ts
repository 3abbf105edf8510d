/** One part of a multipart/form-data body: its name, its filename when it is a file, and its bytes. */
export interface FormPart {
  name: string;
  filename?: string;
  content: Buffer;
}

/**
 * Reads a multipart/form-data body as servers do: tolerant of header case and spacing and of unquoted
 * parameters (grammY writes `content-disposition:form-data;name="x";filename=y`), which Telegram accepts.
 */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(marker);
  while (start !== -1) {
    const next = body.indexOf(marker, start + marker.length);
    if (next === -1) break;
    const part = body.subarray(start + marker.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const name = /name="?([^";\r\n]+)"?/i.exec(headers)?.[1];
      const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
      // The part's bytes end before the CRLF that precedes the next boundary.
      const content = part.subarray(headerEnd + 4, part.length - 2);
      if (name) parts.push({ name, ...(filename ? { filename } : {}), content: Buffer.from(content) });
    }
    start = next;
  }
  return parts;
}
