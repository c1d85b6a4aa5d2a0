import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { SaveApplicationFactsMutation } from './application-editor.queries';
import { factsInputOf, formFieldOfPath, type FactsFormValues } from './facts-form';

/** How long typing pauses before the facts are saved. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'clean'; savedAt: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'conflict'; expected: number; actual: number; message: string }
  | { kind: 'notEditable'; message: string };

/**
 * Saves the editor's facts as they are typed: one request at a time, the latest values after a
 * pause, always with the version last read or written. A stale version (another tab, another
 * user) stops saving and says so: nothing is overwritten without the user asking, and what they
 * typed stays on the page. A failed request keeps the values and retries on the next change.
 */
export function useAutosave(options: {
  applicationId: string;
  version: number;
  savedAt: string | null;
  form: FormInstance<FactsFormValues>;
}) {
  const { applicationId, form } = options;
  const [, save] = useMutation(SaveApplicationFactsMutation);
  const [state, setStateNow] = useState<SaveState>({ kind: 'clean', savedAt: options.savedAt });
  // read after awaiting a save (a submission must know whether the save went through)
  const current = useRef<SaveState>(state);
  const setState = useCallback((next: SaveState) => {
    current.current = next;
    setStateNow(next);
  }, []);
  const version = useRef(options.version);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  const conflictVersion = useRef<number | null>(null);

  const runOnce = useCallback(async (): Promise<void> => {
    const values = form.getFieldsValue(true) as FactsFormValues;
    setState({ kind: 'saving' });
    const result = await save({ input: { applicationId, version: version.current, facts: factsInputOf(values) } });
    if (result.error) {
      setState({ kind: 'failed', message: result.error.graphQLErrors[0]?.message ?? result.error.message });
      return;
    }
    const outcome = result.data?.saveApplicationFacts;
    if (!outcome) return;
    switch (outcome.__typename) {
      case 'SaveApplicationFactsSuccess':
        version.current = outcome.data.version;
        setState({ kind: 'clean', savedAt: outcome.data.facts?.savedAt ?? new Date().toISOString() });
        return;
      case 'ConflictError':
        blocked.current = true;
        conflictVersion.current = outcome.actualVersion;
        setState({
          kind: 'conflict',
          expected: outcome.expectedVersion,
          actual: outcome.actualVersion,
          message: outcome.message,
        });
        return;
      case 'ValidationError': {
        form.setFields(
          outcome.fieldErrors.flatMap(({ path, message }) => {
            const name = formFieldOfPath(path, values);
            return name ? [{ name: name as never, errors: [message] }] : [];
          }),
        );
        setState({ kind: 'invalid', message: outcome.fieldErrors.map((e) => e.message).join('；') || outcome.message });
        return;
      }
      case 'RuleViolationError':
      case 'NotFoundError':
        blocked.current = true;
        setState({ kind: 'notEditable', message: outcome.message });
        return;
      default:
        outcome satisfies never;
    }
  }, [applicationId, form, save, setState]);

  /** Saves now (and again if something changed meanwhile); resolves when the page is saved or stopped. */
  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (blocked.current) return Promise.resolve();
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const loop = async () => {
      do {
        again.current = false;
        await runOnce();
      } while (again.current && !blocked.current);
    };
    inFlight.current = loop().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [runOnce]);

  /** Call on every change: saves after a pause in typing. */
  const schedule = useCallback(() => {
    if (blocked.current) return;
    if (current.current.kind !== 'saving') setState({ kind: 'dirty' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush, setState]);

  /** After a conflict, on the user's word: save this page's values over the newer version. */
  const overwrite = useCallback(async () => {
    if (conflictVersion.current !== null) version.current = conflictVersion.current;
    conflictVersion.current = null;
    blocked.current = false;
    await flush();
  }, [flush]);

  // a pending save is not dropped when the page is left
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void flush();
      }
    },
    [flush],
  );

  return { state, current, schedule, flush, overwrite, version };
}
