import { Body1Strong, Button, Caption1, Card, CardFooter, CardHeader, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { text, type Lang } from '../../scoring';
import type { TemplateDef } from '../../sheet/templates';
import { t } from '../strings';

const useStyles = makeStyles({
  card: { width: '100%', boxSizing: 'border-box' },
  selected: { outlineWidth: tokens.strokeWidthThick, outlineStyle: 'solid', outlineColor: tokens.colorBrandStroke1 },
  id: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

export interface TemplateCardProps {
  readonly template: Pick<TemplateDef, 'id' | 'title' | 'description'>;
  readonly selected: boolean;
  readonly onToggle: () => void;
  readonly lang: Lang;
  readonly children?: React.ReactNode;
}

/** One template of the gallery; when chosen, its details form opens inside the card. */
export const TemplateCard: React.FC<TemplateCardProps> = ({ template, selected, onToggle, lang, children }) => {
  const styles = useStyles();
  const title = text(template.title, lang);
  const regionId = `template-${template.id}`;
  return (
    <Card className={selected ? `${styles.card} ${styles.selected}` : styles.card} size="small">
      <CardHeader header={<Body1Strong as="h3" block className={styles.title}>{title}</Body1Strong>} description={<Caption1 className={styles.id}>{template.id}</Caption1>} />
      <Caption1>{text(template.description, lang)}</Caption1>
      <CardFooter>
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
      </CardFooter>
      {selected ? (
        <div id={regionId} role="region" aria-label={title}>
          {children}
        </div>
      ) : null}
    </Card>
  );
};
