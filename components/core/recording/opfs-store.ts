/**
 * Recordings in the Origin Private File System: a folder per key and recording, a file per chunk. Each chunk is
 * written whole and closed before the next (a closed file is committed), so a crash loses only the chunk being
 * written, never one already stored.
 */
import { chunkName, hasGap, newRecordingId, type RecordingStore, type StoredRecording } from './store.js';

const META = 'meta.json';

/** The type in a recording's meta.json; '' when it is empty (created, not yet closed, when the page went away). */
function readType(json: string): string {
  try {
    return (JSON.parse(json) as { mimeType?: string }).mimeType ?? '';
  } catch {
    return '';
  }
}

export async function openFileSystemStore(): Promise<RecordingStore> {
  if (!globalThis.FileSystemFileHandle || !('createWritable' in FileSystemFileHandle.prototype)) {
    throw new DOMException('This browser cannot write files in the origin private file system.', 'NotSupportedError');
  }
  const root = await navigator.storage.getDirectory(); // private browsing: SecurityError
  const base = await (await root.getDirectoryHandle('local-media-elements', { create: true })).getDirectoryHandle('recordings', { create: true });
  const keyFolder = (key: string, create = false) => base.getDirectoryHandle(key, { create });
  const folder = async (key: string, id: string, create = false) => (await keyFolder(key, create)).getDirectoryHandle(id, { create });

  const writeFile = async (dir: FileSystemDirectoryHandle, name: string, data: Blob | string) => {
    const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
    try {
      await writable.write(data);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => {});
      throw error;
    }
  };

  return {
    kind: 'opfs',
    async create(key, mimeType) {
      const id = newRecordingId();
      const dir = await folder(key, id, true);
      await writeFile(dir, META, JSON.stringify({ mimeType }));
      let seq = 0;
      return { id, append: chunk => writeFile(dir, chunkName(seq++), chunk) };
    },
    async list(key) {
      const ids: string[] = [];
      try {
        for await (const [name, handle] of (await keyFolder(key)).entries()) if (handle.kind === 'directory') ids.push(name);
      } catch (error) {
        if ((error as DOMException).name !== 'NotFoundError') throw error;
      }
      return ids.sort();
    },
    async read(key, id): Promise<StoredRecording> {
      const dir = await folder(key, id);
      const chunks: [number, File][] = [];
      let mimeType = '';
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind !== 'file') continue;
        const file = await (handle as FileSystemFileHandle).getFile();
        if (name === META) mimeType = readType(await file.text());
        else if (/^\d+$/.test(name)) chunks.push([Number(name), file]);
      }
      chunks.sort(([a], [b]) => a - b);
      return { id, mimeType, blob: new Blob(chunks.map(([, file]) => file), { type: mimeType }), gap: hasGap(chunks.map(([seq]) => seq)) };
    },
    async remove(key, id) {
      const dir = await keyFolder(key);
      await dir.removeEntry(id, { recursive: true });
      // The key's folder goes with its last recording (another page may have started one in between: then it stays).
      await base.removeEntry(key).catch(() => {});
    },
  };
}
