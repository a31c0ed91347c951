import { expect } from '@open-wc/testing';
import { claimKey } from '../../components/core/recording/key-claim.js';
import { openRecordingStore, type RecordingStore } from '../../components/core/recording/store.js';
import { isWebKit } from '../support/browser.js';

const text = (blob: Blob) => blob.text();

/** Each store the browser can open here: WebKitGTK 2.50 can't write files in the origin private file system. */
async function stores(): Promise<RecordingStore[]> {
  const opened: RecordingStore[] = [await openRecordingStore('indexeddb')];
  try {
    opened.push(await openRecordingStore('opfs'));
  } catch (error) {
    if (!isWebKit) throw error;
  }
  return opened;
}

describe('recording stores (persist)', () => {
  it('opens the origin private file system where the browser can write files there, else IndexedDB', async () => {
    const store = await openRecordingStore();
    const writable = 'createWritable' in (globalThis.FileSystemFileHandle?.prototype ?? {});
    expect(store.kind).to.equal(writable ? 'opfs' : 'indexeddb');
  });

  it('keeps the chunks of each recording in order, under its key, until removed', async () => {
    for (const store of await stores()) {
      const first = await store.create('store-test', 'audio/webm');
      const second = await store.create('store-test', 'audio/webm');
      for (const chunk of ['a', 'b', 'c']) await first.append(new Blob([chunk]));
      await second.append(new Blob(['z']));
      expect(await store.list('store-test'), store.kind).to.deep.equal([first.id, second.id].sort());
      const read = await store.read('store-test', first.id);
      expect(await text(read.blob), store.kind).to.equal('abc');
      expect(read.blob.type).to.equal('audio/webm');
      expect(read.gap).to.equal(false);
      await store.remove('store-test', first.id);
      await store.remove('store-test', second.id);
      expect(await store.list('store-test'), store.kind).to.deep.equal([]);
    }
  });

  it('lists nothing for a key never used', async () => {
    for (const store of await stores()) expect(await store.list('never-used'), store.kind).to.deep.equal([]);
  });
});

describe('claimKey', () => {
  it('gives a key to one claimant at a time, and again once released', async () => {
    const first = await claimKey('claim-test');
    expect(first).to.not.equal(null);
    expect(await claimKey('claim-test')).to.equal(null);
    expect(await claimKey('another-key').then(claim => (claim?.release(), claim))).to.not.equal(null);
    first!.release();
    const again = await claimKey('claim-test');
    expect(again).to.not.equal(null);
    again!.release();
  });
});
