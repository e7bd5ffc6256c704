// The analysis engine: the npm package's WebAssembly module, loaded once
// from a URL next to the widget script (or the publisher's own copy).
//
// Every caller goes through `loadEngine(url)` and gets `{ analyze }`; this
// is the seam where a worker for long articles plugs in later, without the
// rest of the widget changing.
import init, { analyze, version } from '../../pkg/hedgeline.js';

let loading = null;

/** Loads and instantiates the module once; a failed load can be retried. */
export function loadEngine(wasmUrl) {
  if (!loading) {
    loading = init({ module_or_path: wasmUrl }).then(
      () => ({ analyze, version }),
      (error) => {
        loading = null;
        // "Failed to fetch" alone does not say what: name the file.
        throw new Error(`could not load ${wasmUrl}: ${error?.message ?? error}`, { cause: error });
      },
    );
  }
  return loading;
}
