import { Caption1, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import { CATALOG } from '../catalog';
import { useGallery } from '../hooks/useGallery';
import { t } from '../strings';
import { tokens } from '../tokens';
import { DetailsForm } from './DetailsForm';
import { MessageNotice } from './MessageNotice';
import { TemplateCard } from './TemplateCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
});

export interface GalleryPaneProps {
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly lang: Lang;
}

/** Mẫu: the templates as cards; the chosen one asks its details and fills a new sheet or re-fills the open one. */
export const GalleryPane: React.FC<GalleryPaneProps> = ({ host, settings, lang }) => {
  const styles = useStyles();
  const g = useGallery(host, settings);
  const shown = React.useRef<HTMLDivElement>(null);
  // A refusal or a result scrolled into view: below the fold, a click would seem to do nothing.
  React.useEffect(() => {
    if (g.error || g.success) shown.current?.scrollIntoView?.({ block: 'nearest' });
  }, [g.error, g.success]);
  // Shown next to the buttons of the chosen template, where the eye is after pressing one.
  const notices = (
    <div ref={shown}>
      <MessageNotice intent="error" message={g.error} lang={lang} onDismiss={g.dismissError} />
      <MessageNotice intent="success" message={g.success} lang={lang} onDismiss={g.dismissSuccess} />
    </div>
  );
  return (
    <div className={styles.root}>
      <Caption1>{t('galleryIntro', lang)}</Caption1>
      {g.selected === null ? notices : null}
      <ul className={styles.list} aria-label={t('galleryList', lang)}>
        {CATALOG.map((def) => (
          <li key={def.id}>
            <TemplateCard template={def} selected={g.selected === def.id} onToggle={() => g.select(g.selected === def.id ? null : def.id)} lang={lang}>
              <DetailsForm asks={def.asks} values={g.form} onChange={g.setField} onFill={g.fill} busy={g.busy} step={g.step} lang={lang} />
              {notices}
            </TemplateCard>
          </li>
        ))}
      </ul>
      <Caption1>{t('functionsHint', lang)}</Caption1>
    </div>
  );
};
