// lesbar/worker: the analysis in a Web Worker, off the UI thread.
import type { Analysis, AnalyzeOptions, MemoryStats } from './index.js';

export interface WorkerAnalyzerOptions {
  /**
   * A Worker (or MessagePort) already running serveAnalyzer(); default:
   * lesbar's own module worker, in Node a worker_threads Worker.
   */
  worker?: Worker | MessagePort;
  maxInputLength?: number;
  /** The .wasm bytes, when the worker cannot fetch them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** As in createAnalyzer: false never loads the entity data. */
  entities?: boolean;
  /** The entity data's bytes, or a URL the worker loads it from. */
  entitiesAsset?: ArrayBuffer | Uint8Array | string;
  /** As in createAnalyzer. */
  textstat?: boolean | ArrayBuffer | Uint8Array | string;
  /** Called when an input of 1 Mi code units or more starts being analysed. */
  onStarted?: (info: { id: number; length: number }) => void;
}

export interface WorkerAnalyzer {
  /** Rejects with TypeError / RangeError as Analyzer.analyze throws. */
  analyze(text: string, options?: AnalyzeOptions | string): Promise<Analysis>;
  memoryStats(): Promise<MemoryStats>;
  /** As Analyzer.loadEntityData, inside the worker. */
  loadEntityData(source?: ArrayBuffer | Uint8Array | string | URL): Promise<void>;
  /** Terminates the worker; pending and later calls reject. */
  dispose(): void;
}

export declare function createWorkerAnalyzer(options?: WorkerAnalyzerOptions): Promise<WorkerAnalyzer>;

/** Serves analyze requests on a port (inside a Worker: serveAnalyzer(self)). */
export declare function serveAnalyzer(port: {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}): void;
