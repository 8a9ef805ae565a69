import { Body1, Button, Caption1, Card, CardHeader, makeStyles, Subtitle2, Title3, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { FRAMEWORKS, formatVietnameseNumber, text, type Framework, type Lang } from '../scoring';
import { t } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
});

export interface AppProps {
  readonly initialLang?: Lang;
}

const points = (f: Framework, lang: Lang): string =>
  f.scoring === 'base'
    ? `${t('base', lang)}: ${f.base ?? 0}`
    : f.totalMax === null
      ? t('noPoints', lang)
      : `${t('maxPoints', lang)}: ${lang === 'vi' ? formatVietnameseNumber(f.totalMax) : f.totalMax}`;

/** Minimal pane until the task-pane issue: the frameworks the core knows, and how to call the functions. */
export const App: React.FC<AppProps> = ({ initialLang = 'vi' }) => {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <Title3 as="h1">{t('appTitle', lang)}</Title3>
        <Button size="small" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
          {t('language', lang)}
        </Button>
      </div>
      <Body1>{t('tagline', lang)}</Body1>
      <Subtitle2 as="h2">{t('frameworks', lang)}</Subtitle2>
      <ul className={styles.list}>
        {FRAMEWORKS.map((f) => (
          <li key={f.id}>
            <Card size="small">
              <CardHeader header={<Body1>{text(f.title, lang)}</Body1>} description={<Caption1>{`${f.id} · ${points(f, lang)}`}</Caption1>} />
              <Caption1>{`${t('source', lang)}: ${f.source}`}</Caption1>
            </Card>
          </li>
        ))}
      </ul>
      <Caption1>{t('functionsHint', lang)}</Caption1>
    </main>
  );
};
