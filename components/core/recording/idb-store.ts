/**
 * Recordings in IndexedDB, where the origin private file system can't be written: one record per recording and
 * one per chunk, each chunk committed in a transaction of its own. Chunks are stored as Blobs (kept on disk by the
 * browser), or as their bytes where Blobs can't be stored (WebKit's private sessions abort the transaction).
 */
import { hasGap, newRecordingId, type RecordingStore } from './store.js';

const DB = 'local-media-elements-recordings';
const RECORDINGS = 'recordings';
const CHUNKS = 'chunks';

interface ChunkRecord {
  key: string;
  id: string;
  seq: number;
  data: Blob | ArrayBuffer;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(RECORDINGS, { keyPath: ['key', 'id'] });
    request.result.createObjectStore(CHUNKS, { keyPath: ['key', 'id', 'seq'] });
  };
  return done(request);
}

export async function openIndexedDbStore(): Promise<RecordingStore> {
  if (!globalThis.indexedDB) throw new DOMException('This browser has no IndexedDB.', 'NotSupportedError');
  const db = await open();
  let bytesOnly = false;
  const chunksOf = (key: string, id: string) => IDBKeyRange.bound([key, id, 0], [key, id, Infinity]);
  const write = (stores: string[], work: (t: IDBTransaction) => void) => {
    const transaction = db.transaction(stores, 'readwrite');
    work(transaction);
    return committed(transaction);
  };

  return {
    kind: 'indexeddb',
    async create(key, mimeType) {
      const id = newRecordingId();
      await write([RECORDINGS], t => t.objectStore(RECORDINGS).put({ key, id, mimeType }));
      let next = 0;
      const put = (seq: number, data: ChunkRecord['data']) => write([CHUNKS], t => t.objectStore(CHUNKS).put({ key, id, seq, data } satisfies ChunkRecord));
      return {
        id,
        async append(chunk) {
          const seq = next++;
          if (!bytesOnly) {
            try {
              return await put(seq, chunk);
            } catch {
              bytesOnly = true;
            }
          }
          await put(seq, await chunk.arrayBuffer());
        },
      };
    },
    async list(key) {
      const keys = await done(db.transaction(RECORDINGS).objectStore(RECORDINGS).getAllKeys(IDBKeyRange.bound([key, ''], [key, '\uffff'])));
      return keys.map(k => (k as [string, string])[1]).sort();
    },
    async read(key, id) {
      const transaction = db.transaction([RECORDINGS, CHUNKS]);
      const meta = (await done(transaction.objectStore(RECORDINGS).get([key, id]))) as { mimeType?: string } | undefined;
      const chunks = (await done(transaction.objectStore(CHUNKS).getAll(chunksOf(key, id)))) as ChunkRecord[];
      const mimeType = meta?.mimeType ?? '';
      return { id, mimeType, blob: new Blob(chunks.map(c => c.data), { type: mimeType }), gap: hasGap(chunks.map(c => c.seq)) };
    },
    remove(key, id) {
      return write([RECORDINGS, CHUNKS], t => {
        t.objectStore(RECORDINGS).delete([key, id]);
        t.objectStore(CHUNKS).delete(chunksOf(key, id));
      });
    },
  };
}
