/**
 * UI strings of the cells' type help (src/notebook/types): the loading note, the list of
 * type errors under a cell, the hover and signature-help tooltips, and CodeMirror's own
 * phrases in the editor (completion list, diagnostics) so another edition can translate them.
 */
export const types = {
  "types.loading": "Types loading…",
  "types.failed": "Type help is unavailable: {message}",
  "types.errors": "{count} type errors before running (Run still runs the cell):",
  "types.errorsOne": "1 type error before running (Run still runs the cell):",
  "types.errorLine": "Line {line}",
  "types.errorLineLabel": "Go to line {line}: {message}",
  "types.ranIntoTypeError": "Line {line} also has a type error, which may be why it failed: {message}",
  "types.options": "Options of {name}:",
  "types.optionsInline": "Options:",
  "types.example": "Example",
  // CodeMirror's phrases (EditorState.phrases), by their English text
  "types.cm.completions": "Completions",
  "types.cm.diagnostics": "Diagnostics",
  "types.cm.noDiagnostics": "No diagnostics",
  "types.cm.close": "close",
  "types.cm.controlCharacter": "Control character",
} as const;
