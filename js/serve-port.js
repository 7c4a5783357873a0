// The worker side of lesbar/worker: answers analyze requests that arrive on
// a message port (a Worker's `self`, or one end of a MessageChannel when a
// page has to run the analysis on its own thread). Only marshals messages;
// the analysis is createAnalyzer()'s.
import { createAnalyzer } from './analyzer.js';

/**
 * Protocol (all messages are plain objects):
 *   in:  { type: 'init', options }            createAnalyzer options (cloneable ones)
 *        { type: 'analyze', id, text, options }
 *        { type: 'memoryStats', id }
 *        { type: 'loadEntityData', id, source }  bytes or a URL, or undefined
 *   out: { type: 'ready' } | { type: 'init-error', message }
 *        { type: 'started', id, length }      before a long analysis
 *        { type: 'result', id, result, milliseconds }
 *        { type: 'error', id, name, message }
 * @param {{ postMessage(message: unknown, transfer?: Transferable[]): void,
 *           onmessage: ((event: MessageEvent) => void) | null }} port
 */
export function serveAnalyzer(port) {
  let analyzer = null;
  port.onmessage = async (event) => {
    const message = event.data ?? {};
    if (message.type === 'init') {
      try {
        analyzer = await createAnalyzer(message.options ?? {});
        port.postMessage({ type: 'ready' });
      } catch (error) {
        port.postMessage({ type: 'init-error', message: String(error?.message ?? error) });
      }
      return;
    }
    if (analyzer === null) {
      port.postMessage({ type: 'error', id: message.id, name: 'Error', message: 'lesbar: worker not initialised' });
      return;
    }
    if (message.type === 'loadEntityData') {
      try {
        await analyzer.loadEntityData(message.source);
        port.postMessage({ type: 'result', id: message.id, result: null, milliseconds: 0 });
      } catch (error) {
        port.postMessage({ type: 'error', id: message.id, name: error?.name ?? 'Error', message: String(error?.message ?? error) });
      }
      return;
    }
    if (message.type === 'memoryStats') {
      port.postMessage({ type: 'result', id: message.id, result: analyzer.memoryStats(), milliseconds: 0 });
      return;
    }
    if (message.type !== 'analyze') return;
    const text = message.text;
    if (typeof text === 'string' && text.length >= 1 << 20) {
      port.postMessage({ type: 'started', id: message.id, length: text.length });
    }
    const started = performance.now();
    try {
      const result = analyzer.analyze(text, message.options ?? {});
      port.postMessage({ type: 'result', id: message.id, result, milliseconds: performance.now() - started });
    } catch (error) {
      port.postMessage({ type: 'error', id: message.id, name: error?.name ?? 'Error', message: String(error?.message ?? error) });
    }
  };
}
