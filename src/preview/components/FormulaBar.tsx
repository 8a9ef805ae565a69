import { makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    flexShrink: 0,
    minWidth: 0,
  },
  name: {
    width: '64px',
    flexShrink: 0,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    textAlign: 'center',
  },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', fontFamily: 'serif', flexShrink: 0 },
  input: {
    flex: '1 1 auto',
    minWidth: 0,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  list: { maxWidth: '220px', flexShrink: 1, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
});

export interface FormulaBarProps {
  readonly address: string;
  /** What the selected cell holds (its formula as typed, or its value), or the text being edited. */
  readonly text: string;
  readonly list?: readonly (string | number)[];
  readonly describedBy: string;
  readonly onFocusEdit: () => void;
  readonly onChange: (text: string) => void;
  readonly onCommit: () => void;
  readonly onCancel: () => void;
  readonly onPick: (value: string) => void;
  /** The name box: go to a cell ("B34"); false when the address is not one. */
  readonly onGoTo: (address: string) => boolean;
}

/** Name box (shows the selected cell; type an address to go there), formula bar (edit there or in the cell) and, for a cell with a list validation, its values to pick from. */
export const FormulaBar: React.FC<FormulaBarProps> = ({ address, text, list, describedBy, onFocusEdit, onChange, onCommit, onCancel, onPick, onGoTo }) => {
  const styles = useStyles();
  /** What is typed in the name box while it has the focus. */
  const [name, setName] = React.useState<string | null>(null);
  return (
    <div className={styles.root}>
      <input
        className={styles.name}
        id={describedBy}
        data-testid="preview-namebox"
        aria-label="Hộp tên: ô đang chọn; gõ địa chỉ rồi Enter để đến ô đó / Name box: the selected cell; type an address and Enter to go there"
        value={name ?? address}
        spellCheck={false}
        onFocus={(e) => {
          setName(address);
          e.target.select();
        }}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && name !== null) {
            e.preventDefault();
            if (onGoTo(name.trim())) setName(null);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setName(null);
            onCancel();
          }
        }}
        onBlur={() => setName(null)}
      />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <input
        className={styles.input}
        data-testid="preview-formula"
        aria-label={`Nội dung ô ${address} / Contents of ${address}`}
        value={text}
        spellCheck={false}
        onFocus={onFocusEdit}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onCommit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
        onBlur={onCommit}
      />
      {list && list.length > 0 ? (
        <select
          className={styles.list}
          data-testid="preview-list"
          aria-label={`Chọn giá trị cho ô ${address} / Pick a value for ${address}`}
          value=""
          onChange={(e) => {
            if (e.target.value !== '') onPick(e.target.value);
          }}
        >
          <option value="">▾ Chọn / Pick…</option>
          {list.map((v) => (
            <option key={String(v)} value={String(v)}>
              {String(v)}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
};
