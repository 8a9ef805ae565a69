/**
 * The requirement sets the add-in needs, declared in manifest.xml (an Excel without them is not offered the add-in),
 * and the ones it uses only where present. test/manifest.test.ts holds the manifest to the first list; the strict
 * simulator runs every operation in a host that has exactly ExcelApi 1.8 (test/taskpane/excel/operations.test.ts).
 */
export const REQUIRED_SETS = {
  /** CustomFunctions.Error (1.2) with CustomFunctions.ErrorCode (1.3). */
  CustomFunctionsRuntime: '1.3',
  /** The task pane and the functions share one runtime (settings, the engine chunk). */
  SharedRuntime: '1.1',
  /** getFirst/getNextOrNullObject 1.5, freezePanes 1.7, dataValidation 1.8: used unguarded by the adapter. */
  ExcelApi: '1.8',
} as const;

/** Used when the host has them; what an Excel without them gets instead. */
export const OPTIONAL_SETS = [
  { set: 'ExcelApi', version: '1.9', feature: { vi: 'Thiết lập in (khổ A4, vùng in, tỷ lệ in)', en: 'Print setup (A4, print area, scale)' } },
  { set: 'ExcelApi', version: '1.10', feature: { vi: 'Giữ ghi chú tránh các ô có bình luận', en: 'Notes kept off cells holding a threaded comment' } },
  { set: 'ExcelApi', version: '1.18', feature: { vi: 'Ghi chú trên ô (hướng dẫn, đánh dấu lỗi)', en: 'Cell notes (guidance, marked findings)' } },
] as const;
