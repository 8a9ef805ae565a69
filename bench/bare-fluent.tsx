// The reference for the task pane's bundle size: a bare Fluent UI v9 page (provider, theme, one button),
// built with the same webpack settings as the task pane.
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">OK</Button>
  </FluentProvider>,
);
