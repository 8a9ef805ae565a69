import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang, Msg } from '../../scoring';
import { t } from '../strings';

const useStyles = makeStyles({
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

export interface MessageNoticeProps {
  readonly intent: 'error' | 'success' | 'info' | 'warning';
  readonly message: Msg | null;
  readonly lang: Lang;
  readonly onDismiss?: () => void;
}

/** A core message (Msg) or a pane message in a MessageBar; errors carry a title so they read as errors, not hints. */
export const MessageNotice: React.FC<MessageNoticeProps> = ({ intent, message, lang, onDismiss }) => {
  const styles = useStyles();
  if (!message) return null;
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody className={styles.body}>
        {intent === 'error' ? <MessageBarTitle>{t('errorTitle', lang)}</MessageBarTitle> : null}
        {message[lang]}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={t('dismiss', lang)} onClick={onDismiss}>
              {'✕'}
            </Button>
          }
        />
      ) : null}
    </MessageBar>
  );
};
