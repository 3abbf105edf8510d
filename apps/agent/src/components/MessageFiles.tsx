import { fileUrl, formatFileSize } from '@pst/client';
import type { FileRef } from '@pst/protocol';
import { imageFileKinds } from '@pst/protocol/constants';
import { useT } from '../i18n/context.ts';

/**
 * The files of a message: an image as a thumbnail (`?inline=1`, which the server grants only to PNG, JPEG
 * and WebP), anything else as a card with name, type and size; each a download link (`/files/<id>`,
 * sent as an attachment, with the session cookie).
 */
export function MessageFiles({ files }: { files: readonly FileRef[] }) {
  const t = useT();
  return (
    <ul class="files">
      {files.map((file) => (
        <li key={file.id} data-testid="file-card" data-kind={file.kind}>
          <a
            href={fileUrl(file.id)}
            download={file.name}
            title={t('file.download', { name: file.name })}
            data-testid="file-download"
          >
            {imageFileKinds.includes(file.kind) ? (
              <img src={fileUrl(file.id, true)} alt={file.name} data-testid="file-thumbnail" />
            ) : (
              <>
                <b>{file.name}</b> {file.kind.toUpperCase()} · {formatFileSize(file.size)}
              </>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
