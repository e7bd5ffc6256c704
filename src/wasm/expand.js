// Builds the result of `analyze` from its compact encoding (src/wasm/encode.rs
// says why and describes the format). `words` and `floats` are views of wasm
// memory, read before anything else runs; `strings` holds every string value,
// concatenated.

/** Names of fields and enum variants, by id. */
const keys = [];
/** Object builders, by shape id. */
const shapes = [];

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

/**
 * The value encoded in `words` (with `floats` and `strings`), after taking in
 * the names and shapes this call introduces: `newKeys` holds the names from
 * id `firstNewKey` on, each ended by NUL; `newShapes` is the id of the first
 * new shape, then for each its field count and the ids of its field names.
 */
export function expand(words, floats, strings, firstNewKey, newKeys, newShapes) {
  if (newKeys) {
    keys.length = firstNewKey;
    for (const k of newKeys.slice(0, -1).split('\0')) keys.push(k);
  }
  shapes.length = newShapes[0];
  for (let s = 1; s < newShapes.length; ) {
    const names = [];
    for (let n = newShapes[s++]; n > 0; n--) names.push(keys[newShapes[s++]]);
    shapes.push(BUILDERS[names.join(',')] || general(names));
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
        return keys[n];
    }
  };
  return value();
}
