/** The grid's look, shared by the grid (formula bar, editor) and the sheet's cells (SheetView): Excel's greens and greys. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const EXCEL_GREEN = '#217346';
/** Average character width (px) of the grid's 13 px font: whether a text fits its cell, without measuring it. */
export const CHAR_PX = 6.6;
export const GRIDLINE = '#E1E1E1';

export const useGridStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  scroller: {
    flex: '1 1 auto',
    minHeight: 0,
    overflow: 'auto',
    position: 'relative',
    outlineStyle: 'none',
  },
  // 'clip', not 'hidden': a clipped box cannot be scrolled by focus() or scrollIntoView(), which would shift one pane against the others.
  viewport: { position: 'sticky', top: 0, left: 0, overflow: 'clip', backgroundColor: '#FFFFFF' },
  layer: { position: 'absolute', overflow: 'clip' },
  // Over the panes, letting clicks through except on its own cells.
  band: { pointerEvents: 'none', '& > *': { pointerEvents: 'auto' } },
  frozenRight: { borderRight: '1px solid #9E9E9E', boxSizing: 'content-box' },
  frozenBottom: { borderBottom: '1px solid #9E9E9E', boxSizing: 'content-box' },
  cell: {
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'flex',
    padding: '1px 4px',
    overflow: 'hidden',
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '13px',
    lineHeight: '16px',
    color: '#000000',
    cursor: 'cell',
  },
  bordered: { borderRight: '1px solid #A6A6A6', borderBottom: '1px solid #A6A6A6' },
  wrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', overflow: 'hidden', width: '100%', maxHeight: '100%' },
  nowrap: { whiteSpace: 'pre', overflow: 'hidden', width: '100%' },
  note: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: '7px solid #D13438',
    borderLeft: '7px solid transparent',
  },
  selection: { position: 'absolute', boxSizing: 'border-box', border: `2px solid ${EXCEL_GREEN}`, pointerEvents: 'none', zIndex: 2 },
  editor: {
    position: 'absolute',
    zIndex: 3,
    boxSizing: 'border-box',
    border: `2px solid ${EXCEL_GREEN}`,
    padding: '1px 3px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: '13px',
    outlineStyle: 'none',
    backgroundColor: '#FFFFFF',
    boxShadow: tokens.shadow8,
  },
  header: {
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: '#F3F3F3',
    color: '#444444',
    fontFamily: tokens.fontFamilyBase,
    fontSize: '11px',
    borderRight: '1px solid #D0D0D0',
    borderBottom: '1px solid #D0D0D0',
    userSelect: 'none',
  },
  /** The keyboard's target while no cell is edited: an input at the selected cell, so input methods compose into it. */
  sink: { opacity: 0, pointerEvents: 'none', caretColor: 'transparent', boxShadow: 'none', border: 'none', zIndex: 1 },
  range: { position: 'absolute', boxSizing: 'border-box', backgroundColor: 'rgba(33, 115, 70, 0.12)', border: `1px solid ${EXCEL_GREEN}`, pointerEvents: 'none', zIndex: 2 },
  spill: { position: 'absolute', top: 0, bottom: '1px', left: 0, padding: '1px 4px', display: 'flex', alignItems: 'inherit', whiteSpace: 'pre', overflow: 'hidden', pointerEvents: 'none', zIndex: 1 },
  focusedGrid: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}` },
  headerOn: { backgroundColor: '#D2E6D9', color: EXCEL_GREEN, fontWeight: 700, borderBottom: `2px solid ${EXCEL_GREEN}` },
  status: { color: tokens.colorPaletteRedForeground1, padding: `0 ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200 },
});
