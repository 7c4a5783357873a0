// The public Analyzer: validates arguments, marshals them to the core and
// frees what the core allocated. No analysis logic lives here.
import { entitiesFileName, loadCore, loadEntityBytes, loadTextstatBytes } from './load-core.js';
import { ANALYZE_OPTIONS, READABILITY_OPTIONS, checkCreateOptions, describe, optionsObject, rejectUnknownKeys }
  from './options.js';
import { CONTRACT, resultFromCore } from './result.js';

const UTF8 = new TextEncoder();

/** Default input limit in UTF-16 code units (64 Mi), the C++ core's. */
export const DEFAULT_MAX_INPUT_LENGTH = CONTRACT.defaultMaxInputLength;

/**
 * Linear memory above which the analyzer moves to a fresh instance after a
 * call: wasm memory only grows, and one 50 MB text would otherwise leave a
 * long-lived analyzer holding several hundred megabytes.
 */
export const MEMORY_RELEASE_BYTES = 256 * 1024 * 1024;

const LANGUAGE_PATTERN = /^(auto|[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*)$/;

export class Analyzer {
  #core;
  #native;
  #maxInputLength;
  #textstatLoaded = false;
  #entitiesLoaded = false;
  #entitiesByDefault;
  #makeCore;
  #entityBytes = null;  // kept to hand to a fresh instance
  #textstatBytes = null;
  #release = null;  // the pending move to a fresh instance

  /** @internal use createAnalyzer() */
  constructor(core, maxInputLength, entitiesByDefault = true, makeCore = null) {
    this.#core = core;
    this.#native = new core.Analyzer();
    this.#maxInputLength = maxInputLength;
    this.#entitiesByDefault = entitiesByDefault;
    this.#makeCore = makeCore;
  }

  get maxInputLength() {
    return this.#maxInputLength;
  }

  /**
   * @param {string} text
   * @param {string | { language?: string, tokenization?: 'reader' | 'ud',
   *           readability?: boolean | { compat?: 'lesbar' | 'textstat' },
   *           entities?: boolean }} [given] a string is the language: analyze(text, 'de')
   */
  analyze(text, given) {
    if (this.#native === null) throw new Error('lesbar: analyzer has been disposed');
    if (typeof text !== 'string') {
      throw new TypeError(`lesbar: analyze() expects a string, got ${describe(text)}`);
    }
    if (text.length > this.#maxInputLength) {
      throw new RangeError(
        `lesbar: input of ${text.length} UTF-16 code units exceeds the limit of ` +
          `${this.#maxInputLength} (maxInputLength)`,
      );
    }
    const options = optionsObject(given, 'analyze()', { languageShorthand: true });
    rejectUnknownKeys(options, ANALYZE_OPTIONS, 'analyze()');
    const language = options.language ?? 'auto';
    if (typeof language !== 'string' || !LANGUAGE_PATTERN.test(language)) {
      throw new TypeError(
        `lesbar: options.language must be 'auto', 'de', 'en' or a BCP 47 tag, got ${describe(language)}`,
      );
    }
    const tokenization = CONTRACT.tokenizations.indexOf(options.tokenization ?? 'reader');
    if (tokenization < 0) {
      throw new TypeError(`lesbar: options.tokenization must be ${quoted(CONTRACT.tokenizations, ' or ')}, ` +
        `got ${describe(options.tokenization)}`);
    }
    const readability = readabilityMode(options.readability);
    const entities = options.entities ?? this.#entitiesByDefault;
    if (typeof entities !== 'boolean') {
      throw new TypeError(`lesbar: options.entities must be true or false, got ${describe(entities)}`);
    }
    if (entities && !this.#entitiesLoaded) {
      throw new Error(
        `lesbar: entities need their data (${entitiesFileName}), which this analyzer was created without ` +
          '(createAnalyzer({ entities: false })): call await analyzer.loadEntityData() first, or analyze with entities: false',
      );
    }
    if (readability.compat === TEXTSTAT && !this.#textstatLoaded) {
      throw new Error(
        "lesbar: readability { compat: 'textstat' } needs its data: call " +
          'await analyzer.loadTextstatData() first (or createAnalyzer({ textstat: true }))',
      );
    }
    const raw = this.#withUtf8(text, (address, bytes) =>
      this.#native.analyzeUtf8(address, bytes, text.length, language, tokenization,
        readability.on, readability.compat, entities, this.#maxInputLength));
    let result;
    try {
      if (raw.error !== undefined) throw coreError(raw);
      // The token and span arrays are views into the module's memory:
      // read into objects before anything else runs in it, then freed.
      result = resultFromCore(raw);
    } finally {
      this.#native.releaseResult();
    }
    if (this.#core.HEAP8.buffer.byteLength > MEMORY_RELEASE_BYTES) {
      // In the background: the result is ready now, and the next call uses
      // whichever instance is current.
      this.releaseMemory().catch(() => {});
    }
    return result;
  }

  /**
   * Hands the memory a large input made the wasm instance grow back: moves
   * the analyzer to a fresh instance of the module (with the data loaded
   * into the old one) when its linear memory is above
   * MEMORY_RELEASE_BYTES. analyze() starts this by itself after such a
   * call; await it to know it is done. The first call on the fresh instance
   * builds its tables again, as a first call does.
   * @returns {Promise<void>}
   */
  releaseMemory() {
    if (this.#release !== null) return this.#release;
    if (this.#native === null || this.#makeCore === null ||
        this.#core.HEAP8.buffer.byteLength <= MEMORY_RELEASE_BYTES) {
      return Promise.resolve();
    }
    this.#release = (async () => {
      try {
        const core = await this.#makeCore();
        const native = new core.Analyzer();
        const entityError = this.#entityBytes === null ? null : handOver(core, this.#entityBytes, core.loadEntityData);
        const textstatError = this.#textstatBytes === null ? null : handOver(core, this.#textstatBytes, core.setTextstatData);
        if (entityError !== null || textstatError !== null) {
          native.delete();
          throw coreError(entityError ?? textstatError);
        }
        if (this.#native === null) {
          native.delete();  // disposed meanwhile
          return;
        }
        this.#native.delete();
        this.#native = native;
        this.#core = core;
      } finally {
        this.#release = null;
      }
    })();
    return this.#release;
  }

  /**
   * Loads the data textstat compatibility needs (Pyphen's hyphenation
   * patterns, CMUdict syllable counts): from dist/lesbar-textstat.dat next
   * to the module unless `source` gives the bytes or another URL.
   * @param {ArrayBuffer | Uint8Array | string | URL} [source]
   */
  async loadTextstatData(source) {
    const bytes = await loadTextstatBytes(source);
    const error = handOver(this.#core, bytes, this.#core.setTextstatData);
    if (error !== null) throw coreError(error);
    this.#textstatLoaded = true;
    this.#textstatBytes = bytes;
  }

  /**
   * Loads the entity data (the name tagger's model and name lists,
   * dist/lesbar-entities.<hash>.dat): createAnalyzer() does this unless
   * given `entities: false`. From next to the module unless `source` gives
   * the bytes or another URL. Loading it again is a no-op.
   * @param {ArrayBuffer | Uint8Array | string | URL} [source]
   */
  async loadEntityData(source) {
    if (this.#entitiesLoaded) return;
    this.#setEntityData(await loadEntityBytes(source));
  }

  /** @internal */
  #setEntityData({ bytes, from }) {
    const error = handOver(this.#core, bytes, this.#core.loadEntityData);
    if (error !== null) throw new Error(`lesbar: the entity data from ${from} is unusable: ${error.message}`);
    this.#entitiesLoaded = true;
    this.#entityBytes = bytes;
  }

  /** @internal createAnalyzer() hands over what loadCore() loaded. */
  static withEntityData(analyzer, data) {
    analyzer.#setEntityData(data);
  }

  /**
   * Syllables of one word as lesbar counts them for readability
   * ("Abend" 2, "Museum" 3, "make" 1); 0 for a string without letters or
   * digits.
   * @param {string} word
   * @param {string} [language] 'de', 'en' or another tag (vowel groups)
   */
  syllables(word, language = 'de') {
    if (this.#native === null) throw new Error('lesbar: analyzer has been disposed');
    if (typeof word !== 'string') {
      throw new TypeError(`lesbar: syllables() expects a string, got ${describe(word)}`);
    }
    if (typeof language !== 'string' || language === 'auto' || !LANGUAGE_PATTERN.test(language)) {
      throw new TypeError(`lesbar: syllables() needs a language such as 'de' or 'en', got ${describe(language)}`);
    }
    if (word.length > 1024) throw new RangeError('lesbar: syllables() takes one word (at most 1024 code units)');
    return this.#native.countSyllables(word, language.toLowerCase().replace('_', '-'));
  }

  /**
   * Copies `text` into wasm memory as UTF-8 (TextEncoder.encodeInto runs at
   * native speed) and calls `use(address, bytes)`, which hands the copy to
   * the core: it frees it as soon as it has read it, before analysing.
   */
  #withUtf8(text, use) {
    const core = this.#core;
    // Reserving the worst case (3 bytes a code unit) would triple a large
    // input's footprint; most text is nearly all ASCII, so start a little
    // above one byte a unit and grow only when the text needs more.
    let capacity = text.length + (text.length >> 3) + 16;
    let address = core._malloc(capacity);
    if (address === 0) throw new RangeError('lesbar: out of WebAssembly memory for the input');
    let { read, written } = UTF8.encodeInto(text, core.HEAPU8.subarray(address, address + capacity));
    while (read < text.length) {
      const needed = written + (text.length - read) * 3 + 1;
      const larger = core._malloc(needed);
      if (larger === 0) {
        core._free(address);
        throw new RangeError('lesbar: out of WebAssembly memory for the input');
      }
      core.HEAPU8.copyWithin(larger, address, address + written);
      core._free(address);
      address = larger;
      capacity = needed;
      const rest = UTF8.encodeInto(text.slice(read), core.HEAPU8.subarray(address + written, address + capacity));
      read += rest.read;
      written += rest.written;
    }
    let handedOver = false;
    try {
      const result = use(address, written);
      handedOver = true;
      return result;
    } finally {
      // A call that threw before reaching the core left the copy here.
      if (!handedOver) core._free(address);
    }
  }

  /**
   * Memory of the WebAssembly instance: `wasmMemoryBytes` is the size of its
   * linear memory (it only grows, until releaseMemory() moves to a fresh
   * instance), `heapUsedBytes` what is allocated now.
   */
  memoryStats() {
    return {
      wasmMemoryBytes: this.#core.HEAP8.buffer.byteLength,
      heapUsedBytes: this.#core.heapUsedBytes(),
    };
  }

  /** Frees the wasm-side analyzer. Further calls to analyze() throw. */
  dispose() {
    if (this.#native !== null) {
      this.#native.delete();
      this.#native = null;
    }
  }
}

const LESBAR = CONTRACT.readabilityCompat.indexOf('lesbar');
const TEXTSTAT = CONTRACT.readabilityCompat.indexOf('textstat');
const quoted = (names, separator) => names.map((name) => `'${name}'`).join(separator);

/**
 * Whether to run readability, and how to count: `compat` is the value of
 * lesbar::ReadabilityCompat, as the binding takes it.
 */
function readabilityMode(option) {
  if (option === undefined || option === true) return { on: true, compat: LESBAR };
  if (option === false) return { on: false, compat: LESBAR };
  if (option !== null && typeof option === 'object' && !Array.isArray(option)) {
    rejectUnknownKeys(option, READABILITY_OPTIONS, 'options.readability');
    const compat = CONTRACT.readabilityCompat.indexOf(option.compat ?? 'lesbar');
    if (compat >= 0) return { on: true, compat };
  }
  throw new TypeError(
    `lesbar: options.readability must be true, false or { compat: ${quoted(CONTRACT.readabilityCompat, ' | ')} }, ` +
      `got ${describe(option?.compat ?? option)}`,
  );
}

/**
 * Copies a data file's bytes into wasm memory in one go and calls
 * `take(address, length)`, which hands the copy to the core: it frees it.
 */
function handOver(core, bytes, take) {
  const address = core._malloc(bytes.length);
  if (address === 0 && bytes.length > 0) throw new RangeError('lesbar: out of WebAssembly memory for the data');
  core.HEAPU8.set(bytes, address);
  return take(address, bytes.length);
}

function coreError(raw) {
  const message = `lesbar: ${raw.message}`;
  if (raw.error === 'too_large') return new RangeError(message);
  if (raw.error === 'invalid_argument') return new TypeError(message);
  return new Error(message);
}

/**
 * @param {{ maxInputLength?: number, wasmBinary?: ArrayBuffer | Uint8Array,
 *           locateFile?: (path: string, prefix: string) => string,
 *           entities?: boolean, entitiesAsset?: ArrayBuffer | Uint8Array | string | URL,
 *           textstat?: boolean | ArrayBuffer | Uint8Array | string | URL }} [options]
 */
export async function createAnalyzer(given) {
  const options = checkCreateOptions(given);
  const maxInputLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (!Number.isSafeInteger(maxInputLength) || maxInputLength < 0 || maxInputLength > 0x7fffffff) {
    throw new RangeError('lesbar: maxInputLength must be an integer between 0 and 2^31-1');
  }
  const entities = options.entities ?? true;
  if (typeof entities !== 'boolean') {
    throw new TypeError(`lesbar: options.entities must be true or false, got ${describe(entities)}`);
  }
  const { core, entityData, makeCore } = await loadCore({ ...options, entities });
  const analyzer = new Analyzer(core, maxInputLength, entities, makeCore);
  if (entityData !== null) Analyzer.withEntityData(analyzer, entityData);
  if (options.textstat) {
    await analyzer.loadTextstatData(options.textstat === true ? undefined : options.textstat);
  }
  return analyzer;
}
