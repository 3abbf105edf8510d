import { formatFileSize } from '@pst/client';
import type { FileRef } from '@pst/protocol';
import { imageFileKinds } from '@pst/protocol/constants';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { download, imageUrl } from '../lib/file-access.ts';

/** An image as a thumbnail (fetched with the visitor's token, shown from a `blob:` URL), else its name. */
function Preview({ file }: { file: FileRef }) {
  const [src, setSrc] = useState<string>();
  const image = imageFileKinds.includes(file.kind);
  useEffect(() => {
    if (image) imageUrl(file).then(setSrc, () => {});
  }, [file.id]);
  if (src) return <img src={src} alt={file.name} data-testid="file-thumbnail" />;
  return (
    <>
      <b>{file.name}</b> {file.kind.toUpperCase()} · {formatFileSize(file.size)}
    </>
  );
}

/** The files of a message: images as thumbnails, other files as a card with name, type and size; a click saves it. */
export function MessageFiles({ t, files }: { t: Translate; files: readonly FileRef[] }) {
  return (
    <ul class="files">
      {files.map((file) => (
        <li key={file.id} data-testid="file-card" data-kind={file.kind}>
          <button
            type="button"
            title={t('file.download', { name: file.name })}
            onClick={() => void download(file)}
            data-testid="file-download"
          >
            <Preview file={file} />
          </button>
        </li>
      ))}
    </ul>
  );
}
