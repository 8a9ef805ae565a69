/**
 * Webpack loader for the task pane's copy of ExcelJS only (the chunk that reads the workbooks a user picks for "Tổng hợp
 * các đơn vị"): the polyfills bundled in exceljs.min.js fall back to `Function("return this")()`, to
 * `Function("r", "regeneratorRuntime = r")` and to `new Function(code)` for a setImmediate given a string. None is reached
 * in the browsers Office runs add-ins in (globalThis exists; ExcelJS passes functions), but the pane's
 * Content-Security-Policy has no 'unsafe-eval' and the build test refuses any of them in the add-in's scripts: each is
 * replaced by what it falls back to there.
 */
module.exports = function noDynamicCode(source) {
  return source
    .replace(/\bnew Function\(\s*""\s*\+\s*(\w+)\s*\)/g, '(function(){throw new TypeError("setImmediate: not a function")})')
    .replace(/\bFunction\(\s*(["'])return this\1\s*\)\(\)/g, 'globalThis')
    .replace(/\bFunction\(\s*(["'])r\1\s*,\s*(["'])regeneratorRuntime = r\2\s*\)\((\w+)\)/g, '(globalThis.regeneratorRuntime=$3)');
};
