/**
 * Microsoft's own Excel client library (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js) loaded in a
 * Node `vm`, with a request executor that records what each `context.sync()` would send to Excel and answers with
 * an empty result: the calibration of the simulator's and the adapter's payload estimates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

export interface CapturedRequest {
  readonly bytes: number;
  readonly actions: number;
}

export function loadOfficeLibrary(): { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>; requests: CapturedRequest[] } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {}, info() {} }, setTimeout, clearTimeout, Promise, navigator: { userAgent: 'node' } };
  sandbox['window'] = sandbox;
  sandbox['self'] = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(file, 'utf8'), sandbox, { filename: 'excel-web-16.00.debug.js' });
  const ExcelLib = sandbox['Excel'] as { RequestContext: new () => Excel.RequestContext };
  const requests: CapturedRequest[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new ExcelLib.RequestContext();
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      executeAsync(_custom: unknown, _flags: unknown, message: { Body: { Actions: unknown[] } }) {
        requests.push({ bytes: Buffer.byteLength(JSON.stringify(message.Body), 'utf8'), actions: message.Body.Actions.length });
        return Promise.resolve({ ErrorCode: '', HttpStatusCode: 200, Headers: {}, Body: { Results: [] } });
      },
    };
    return batch(context);
  };
  return { run, requests };
}
