/** One pane's work in progress: which button is busy, the last error and the last success, as state. */
import * as React from 'react';
import type { Msg } from '../../scoring';
import { hostFailure, type Outcome } from './outcome';

export interface TaskState<K extends string> {
  readonly busy: K | null;
  readonly error: Msg | null;
  readonly success: Msg | null;
}

export interface Task<K extends string> extends TaskState<K> {
  /** Runs `work` unless another task of this pane is running; on success `onDone` may return the message to show. */
  run<T>(kind: K, work: () => Promise<Outcome<T>>, onDone?: (value: T) => Msg | null): Promise<T | null>;
  dismissError(): void;
  dismissSuccess(): void;
}

export const idleTask: TaskState<never> = { busy: null, error: null, success: null };

export function useTask<K extends string>(): Task<K> {
  const [state, setState] = React.useState<TaskState<K>>(idleTask);
  const running = React.useRef(false);
  const run = React.useCallback(async <T>(kind: K, work: () => Promise<Outcome<T>>, onDone?: (value: T) => Msg | null): Promise<T | null> => {
    if (running.current) return null;
    running.current = true;
    setState({ busy: kind, error: null, success: null });
    try {
      const outcome = await work();
      if (!outcome.ok) {
        setState({ busy: null, error: outcome.error, success: null });
        return null;
      }
      setState({ busy: null, error: null, success: onDone ? onDone(outcome.value) : null });
      return outcome.value;
    } catch (e) {
      setState({ busy: null, error: hostFailure(e), success: null });
      return null;
    } finally {
      running.current = false;
    }
  }, []);
  const dismissError = React.useCallback(() => setState((s) => ({ ...s, error: null })), []);
  const dismissSuccess = React.useCallback(() => setState((s) => ({ ...s, success: null })), []);
  return { ...state, run, dismissError, dismissSuccess };
}
