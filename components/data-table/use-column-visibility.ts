"use client";

import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import type { VisibilityState } from "@tanstack/react-table";

const CHANGE_EVENT = "data-table:column-visibility";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled (privacy mode, sandboxed iframe)
  }
}

function parseVisibility(raw: string | null): VisibilityState | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const result: VisibilityState = {};
    for (const [k, v] of Object.entries(value)) if (typeof v === "boolean") result[k] = v;
    return result;
  } catch {
    return null;
  }
}

/**
 * Column visibility persisted in localStorage under `storageKey` (in memory when no key).
 * Reads through useSyncExternalStore: the server and the hydration render use `defaults`,
 * then the stored choice applies, so there is no hydration mismatch. Other tabs stay in sync.
 */
export function useColumnVisibility(
  storageKey: string | undefined,
  defaults: VisibilityState,
): [VisibilityState, (next: VisibilityState) => void, () => void] {
  const [memory, setMemory] = useState<VisibilityState | null>(null);
  const raw = useSyncExternalStore(
    subscribe,
    () => (storageKey ? readStorage(storageKey) : null),
    () => null,
  );
  const persisted = useMemo(() => (storageKey ? parseVisibility(raw) : null), [storageKey, raw]);
  // Memory backs up storage when it is unavailable (or when there is no key).
  const stored = persisted ?? memory;
  const visibility = useMemo(() => ({ ...defaults, ...stored }), [defaults, stored]);

  const setVisibility = useCallback(
    (next: VisibilityState) => {
      setMemory(next);
      if (!storageKey) return;
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Quota or disabled storage: the choice just will not persist.
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [storageKey],
  );

  const reset = useCallback(() => {
    setMemory(null);
    if (!storageKey) return;
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // ignore
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, [storageKey]);

  return [visibility, setVisibility, reset];
}
