// Adds the TFLite metadata that MediaPipe Tasks' ImageSegmenter needs (input normalisation, RGB image) to a model
// that has none, by writing a new root table in front of the old content (flatbuffer offsets are relative, so the
// old content keeps working when moved as a block).

/** A front-to-back flatbuffer writer: children are written after their parents, offsets patched forward. */
class Writer {
  bytes = [];
  get pos() { return this.bytes.length; }
  align(n) { while (this.bytes.length % n) this.bytes.push(0); }
  u8(v) { this.bytes.push(v & 255); }
  u16(v) { this.bytes.push(v & 255, (v >> 8) & 255); }
  u32(v) { this.bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255); }
  f32(v) { const b = new Uint8Array(new Float32Array([v]).buffer); this.bytes.push(...b); }
  setU32(at, v) { for (let i = 0; i < 4; i++) this.bytes[at + i] = (v >>> (8 * i)) & 255; }
  /** A uoffset at the current position, to be patched by `to(target)`. */
  ref() { this.align(4); const at = this.pos; this.u32(0); return { at, to: target => this.setU32(at, target - at) }; }
  /** fields: array (by slot) of undefined | ['u8', v] | ['u32', v] | ['ref']; returns refs by slot. */
  table(fields) {
    const sizes = { u8: 1, u32: 4, ref: 4 };
    // layout: soffset (4), then the fields, 4-byte fields first.
    const order = fields.map((f, i) => [f, i]).filter(([f]) => f).sort((a, b) => sizes[b[0][0]] - sizes[a[0][0]]);
    const offsets = []; let size = 4;
    for (const [f, i] of order) { offsets[i] = size; size += sizes[f[0]]; }
    const tableSize = Math.ceil(size / 4) * 4;
    this.align(2);
    const vtable = this.pos;
    this.u16(4 + 2 * fields.length); this.u16(tableSize);
    fields.forEach((f, i) => this.u16(f ? offsets[i] : 0));
    this.align(4);
    const table = this.pos;
    this.u32(table - vtable);
    const refs = [];
    for (let i = 4; i < tableSize; i++) this.u8(0);
    for (const [f, i] of order) {
      const at = table + offsets[i];
      if (f[0] === 'u8') this.bytes[at] = f[1];
      else if (f[0] === 'u32') this.setU32(at, f[1]);
      else refs[i] = { at, to: target => this.setU32(at, target - at) };
    }
    return { pos: table, refs };
  }
  string(s) { this.align(4); const at = this.pos; const b = new TextEncoder().encode(s); this.u32(b.length); this.bytes.push(...b, 0); return at; }
  floats(values) { this.align(4); const at = this.pos; this.u32(values.length); values.forEach(v => this.f32(v)); return at; }
  /** A vector of uoffsets; returns the position and one ref per element. */
  refs(n) { this.align(4); const at = this.pos; this.u32(n); const refs = []; for (let i = 0; i < n; i++) refs.push(this.ref()); return { pos: at, refs }; }
}

/** The ModelMetadata flatbuffer (identifier M001) for an RGB image input scaled to [0, 1]. */
function segmenterMetadata() {
  const w = new Writer();
  const root = w.ref(); w.bytes.push(...new TextEncoder().encode('M001'));
  // ModelMetadata: name 0, description 1, version 2, subgraph_metadata 3, ..., min_parser_version 7
  const model = w.table([['ref'], undefined, undefined, ['ref'], undefined, undefined, undefined, ['ref']]);
  root.to(model.pos);
  model.refs[0].to(w.string('selfie segmentation'));
  model.refs[7].to(w.string('1.0.0'));
  const subgraphs = w.refs(1); model.refs[3].to(subgraphs.pos);
  // SubGraphMetadata: name 0, description 1, input_tensor_metadata 2, output_tensor_metadata 3
  const subgraph = w.table([undefined, undefined, ['ref'], ['ref']]); subgraphs.refs[0].to(subgraph.pos);
  const inputs = w.refs(1); subgraph.refs[2].to(inputs.pos);
  // TensorMetadata: name 0, description 1, dimension_names 2, content 3, process_units 4
  const input = w.table([['ref'], undefined, undefined, ['ref'], ['ref']]); inputs.refs[0].to(input.pos);
  input.refs[0].to(w.string('image'));
  // Content: content_properties_type 0 (2 = ImageProperties), content_properties 1
  const content = w.table([['u8', 2], ['ref']]); input.refs[3].to(content.pos);
  const image = w.table([['u8', 1]]); content.refs[1].to(image.pos); // ImageProperties: color_space RGB
  const units = w.refs(1); input.refs[4].to(units.pos);
  // ProcessUnit: options_type 0 (1 = NormalizationOptions), options 1
  const unit = w.table([['u8', 1], ['ref']]); units.refs[0].to(unit.pos);
  const norm = w.table([['ref'], ['ref']]); unit.refs[1].to(norm.pos);
  norm.refs[0].to(w.floats([0]));
  norm.refs[1].to(w.floats([255]));
  const outputs = w.refs(1); subgraph.refs[3].to(outputs.pos);
  const output = w.table([['ref']]); outputs.refs[0].to(output.pos);
  output.refs[0].to(w.string('segmentation'));
  return new Uint8Array(w.bytes);
}

const u32 = (b, at) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24) >>> 0;
const i32 = (b, at) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
const u16 = (b, at) => b[at] | (b[at + 1] << 8);

/** Returns `model` (a .tflite) with `TFLITE_METADATA` added; unchanged if it has metadata already. */
export function withSegmenterMetadata(model) {
  if (String.fromCharCode(...model.subarray(4, 8)) !== 'TFL3') throw new Error('not a TFLite model');
  const root = u32(model, 0);
  const vtable = root - i32(model, root);
  const vtableSize = u16(model, vtable);
  const field = slot => (4 + 2 * slot < vtableSize ? u16(model, vtable + 4 + 2 * slot) : 0);
  /** Absolute position of what an offset field points to, or undefined. */
  const target = slot => (field(slot) ? root + field(slot) + u32(model, root + field(slot)) : undefined);
  const vectorTargets = pos => Array.from({ length: u32(model, pos) }, (_, i) => pos + 4 + 4 * i + u32(model, pos + 4 + 4 * i));
  const oldMetadata = target(6) === undefined ? [] : vectorTargets(target(6));
  const buffers = vectorTargets(target(4));

  const w = new Writer();
  const rootRef = w.ref(); w.bytes.push(...new TextEncoder().encode('TFL3'));
  // Model: version 0, operator_codes 1, subgraphs 2, description 3, buffers 4, metadata_buffer 5, metadata 6, signature_defs 7
  const fields = [];
  for (let slot = 0; slot < 8; slot++) fields[slot] = slot === 0 ? ['u32', field(0) ? u32(model, root + field(0)) : 3] : (target(slot) !== undefined || slot === 4 || slot === 6) ? ['ref'] : undefined;
  const table = w.table(fields);
  rootRef.to(table.pos);
  const moved = []; // refs to old content, patched once the prefix length is known
  for (const slot of [1, 2, 3, 5, 7]) if (table.refs[slot]) moved.push([table.refs[slot], target(slot)]);
  const bufferVector = w.refs(buffers.length + 1); table.refs[4].to(bufferVector.pos);
  buffers.forEach((b, i) => moved.push([bufferVector.refs[i], b]));
  const metadataVector = w.refs(oldMetadata.length + 1); table.refs[6].to(metadataVector.pos);
  oldMetadata.forEach((m, i) => moved.push([metadataVector.refs[i], m]));
  const entry = w.table([['ref'], ['u32', buffers.length]]); metadataVector.refs[oldMetadata.length].to(entry.pos);
  entry.refs[0].to(w.string('TFLITE_METADATA'));
  const buffer = w.table([['ref']]); bufferVector.refs[buffers.length].to(buffer.pos);
  const metadata = segmenterMetadata();
  w.align(16); while ((w.pos + 4) % 16) w.u8(0);
  buffer.refs[0].to(w.pos); w.u32(metadata.length); w.bytes.push(...metadata);
  w.align(16); w.u32(0); w.u32(0); // old byte 8 lands on 8 mod 16, so the old content keeps its 16-byte alignment
  const prefix = w.pos - 8; // the old content (from its byte 8) starts here
  for (const [ref, oldPos] of moved) ref.to(oldPos + prefix);
  const out = new Uint8Array(w.pos + model.length - 8);
  out.set(w.bytes); out.set(model.subarray(8), w.pos);
  return out;
}
