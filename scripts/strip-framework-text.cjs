/**
 * Webpack loader for the custom-functions bundle only: removes the long official texts of the frameworks
 * (method, evidence, notes, appraiser, idNote, remarks) that no custom function reads, so functions.js stays under
 * its 30 KB gzipped budget. The task pane bundle keeps the full texts. Structure, ids, maxima and rules are untouched;
 * a build test runs the bundled functions against the source functions.
 */
const ts = require('typescript');

const TEXT_ONLY = new Set(['method', 'evidence', 'notes', 'appraiser', 'idNote', 'remarks']);

module.exports = function stripFrameworkText(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const transformer = (context) => (root) => {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter(
          (p) => !(ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && TEXT_ONLY.has(p.name.text)),
        );
        return ts.factory.updateObjectLiteralExpression(node, ts.visitNodes(ts.factory.createNodeArray(kept), visit));
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(root, visit);
  };
  const result = ts.transform(file, [transformer]);
  const printed = ts.createPrinter().printFile(result.transformed[0]);
  result.dispose();
  return printed;
};
