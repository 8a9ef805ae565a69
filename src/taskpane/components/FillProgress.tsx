import { ProgressBar } from '@fluentui/react-components';
import * as React from 'react';
import type { ProgressStep } from '../../sheet/operations';
import { STEP_VALUE } from '../hooks/useGallery';

export interface FillProgressProps {
  readonly step: ProgressStep | null;
}

/**
 * The bar of a fill in progress, inside DetailsForm's Field (which labels it with the step). It comes with the engine,
 * as the steps do: ProgressBar and its motion are not needed before a template is filled.
 */
export const FillProgress: React.FC<FillProgressProps> = ({ step }) => <ProgressBar value={step ? STEP_VALUE[step] : 0} thickness="large" />;
