// Builds the result of `analyze` from its compact encoding (src/wasm/encode.rs
// says why and describes the format).

/** Names of fields and enum variants, by id. */
const names = [];
/** The field names of each shape, by id; shape 0 has none. */
const fields = [[]];
/** Object builders, by shape id. */
const shapes = [null];

/**
 * Builders for the shapes of the result as they are today, by their field
 * names: an object literal gets its final layout at once, which is several
 * times faster than adding the fields one by one. A shape not listed here
 * (a field added to a Rust struct) takes the general path: same result,
 * somewhat slower.
 */
export const BUILDERS = {
  'start,end,hedge,uncertain': (v) => ({ start: v(), end: v(), hedge: v(), uncertain: v() }),
  'start,end,text,kind,weight,sentence,quoted': (v) => ({
    start: v(), end: v(), text: v(), kind: v(), weight: v(), sentence: v(), quoted: v(),
  }),
  'start,end,text,type,value,sentence,resolved': (v) => ({
    start: v(), end: v(), text: v(), type: v(), value: v(), sentence: v(), resolved: v(),
  }),
  'start,end,text,type,value,mod,sentence,resolved': (v) => ({
    start: v(), end: v(), text: v(), type: v(), value: v(), mod: v(), sentence: v(), resolved: v(),
  }),
  'start,end,text,type,value,sentence,resolved,offset': (v) => ({
    start: v(), end: v(), text: v(), type: v(), value: v(), sentence: v(), resolved: v(), offset: v(),
  }),
  'start,end,text,type,value,mod,sentence,resolved,offset': (v) => ({
    start: v(), end: v(), text: v(), type: v(), value: v(), mod: v(), sentence: v(), resolved: v(), offset: v(),
  }),
  'timex,sentence,kind,earliest,latest,approximate,relation,label,pledge,role': (v) => ({
    timex: v(), sentence: v(), kind: v(), earliest: v(), latest: v(), approximate: v(), relation: v(),
    label: v(), pledge: v(), role: v(),
  }),
  'start,end,text': (v) => ({ start: v(), end: v(), text: v() }),
  'start,end,text,canonical': (v) => ({ start: v(), end: v(), text: v(), canonical: v() }),
};

/** The general path: the fields added one by one, in order. */
export const general = (names) => (v) => {
  const o = {};
  for (const k of names) o[k] = v();
  return o;
};

const decoder = new TextDecoder();

/**
 * The result, from its compact form (src/wasm/encode.rs, `Compact`): the
 * bytes of six `u32` lengths, then of the `f64` and `u32` arrays `floats`,
 * `words` and `newShapes`, then the UTF-8 of `newNames` and `strings`.
 * `strings` holds every string value; `newNames` the names from id
 * `firstNewName` on, each ended by NUL; `newShapes` the id of the first new
 * shape, then for each the id of its parent shape and of its last field.
 */
export function expand(bytes) {
  // serde-wasm-bindgen copies the bytes into an array of their own (offset
  // 0, so the f64s at byte 24 are aligned); copy again if that ever changes.
  if (bytes.byteOffset % 8) bytes = bytes.slice();
  const { buffer, byteOffset } = bytes;
  const head = new Uint32Array(buffer, byteOffset, 6);
  let at = byteOffset + 24;
  const floats = new Float64Array(buffer, at, head[0]);
  const words = new Uint32Array(buffer, (at += 8 * head[0]), head[1]);
  const newShapes = new Uint32Array(buffer, (at += 4 * head[1]), head[2]);
  at += 4 * head[2] - byteOffset;
  const newNames = decoder.decode(bytes.subarray(at, (at += head[4])));
  const strings = decoder.decode(bytes.subarray(at, at + head[5]));
  if (newNames) {
    names.length = head[3];
    for (const k of newNames.slice(0, -1).split('\0')) names.push(k);
  }
  fields.length = shapes.length = Math.max(newShapes[0], 1);
  for (let s = 1; s < newShapes.length; s += 2) {
    const own = [...fields[newShapes[s]], names[newShapes[s + 1]]];
    fields.push(own);
    shapes.push(BUILDERS[own.join(',')] || general(own));
  }
  let w = 0;
  let f = 0;
  const value = () => {
    const tag = words[w++];
    const n = tag >>> 3;
    switch (tag & 7) {
      case 0:
        return null;
      case 1:
        return n === 1;
      case 2:
        return n;
      case 3:
        return floats[f++];
      case 4: {
        const s = words[w++];
        return strings.slice(s, s + n);
      }
      case 5: {
        const a = [];
        for (let i = 0; i < n; i++) a.push(value());
        return a;
      }
      case 6:
        return shapes[n](value);
      default:
        return names[n];
    }
  };
  return value();
}
