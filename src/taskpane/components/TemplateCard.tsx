import { Body1Strong, Button, Caption1, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { CatalogEntry } from '../catalog';
import { t } from '../strings';
import { tokens } from '../tokens';

// A small Fluent Card drawn on the same tokens (filled, size small: 8px padding and gap, small radius, shadow4, header
// over description, footer row). The Card component itself is not used: the gallery's cards are not interactive, and
// Card brings Tabster's focus groups with it, the largest part of the task pane's script after React.
const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '8px',
    width: '100%',
    boxSizing: 'border-box',
    position: 'relative',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
    // Card's border: transparent, shown by high-contrast modes.
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      borderRadius: 'inherit',
    },
  },
  selected: { outlineWidth: tokens.strokeWidthThick, outlineStyle: 'solid', outlineColor: tokens.colorBrandStroke1 },
  header: { display: 'flex', flexDirection: 'column', flexShrink: 0 },
  footer: { display: 'flex', flexDirection: 'row', gap: '12px', flexShrink: 0 },
  id: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

export interface TemplateCardProps {
  readonly template: CatalogEntry;
  readonly selected: boolean;
  readonly onToggle: () => void;
  readonly lang: Lang;
  readonly children?: React.ReactNode;
}

/** One template of the gallery; when chosen, its details form opens inside the card. */
export const TemplateCard: React.FC<TemplateCardProps> = ({ template, selected, onToggle, lang, children }) => {
  const styles = useStyles();
  const title = template.title[lang];
  const regionId = `template-${template.id}`;
  return (
    <div className={selected ? `${styles.card} ${styles.selected}` : styles.card}>
      <div className={styles.header}>
        <Body1Strong as="h3" block className={styles.title}>
          {title}
        </Body1Strong>
        <Caption1 className={styles.id}>{template.id}</Caption1>
      </div>
      <Caption1>{template.description[lang]}</Caption1>
      <div className={styles.footer}>
        <Button
          appearance={selected ? 'subtle' : 'secondary'}
          size="small"
          aria-expanded={selected}
          aria-controls={selected ? regionId : undefined}
          aria-label={`${t(selected ? 'templateClose' : 'templateChoose', lang)}: ${title}`}
          onClick={onToggle}
        >
          {t(selected ? 'templateClose' : 'templateChoose', lang)}
        </Button>
      </div>
      {selected ? (
        <div id={regionId} role="region" aria-label={title}>
          {children}
        </div>
      ) : null}
    </div>
  );
};
