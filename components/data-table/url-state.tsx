"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useTransition, type ReactNode } from "react";
import { usePathname, useRouter, useSearchParams, type ReadonlyURLSearchParams } from "next/navigation";
import { applyParamUpdates, PAGE_PARAM, type ParamUpdates } from "./url";

export type NavigateOptions = {
  /** Remove `?page=` (default true: any filter/sort change starts at page 1). */
  resetPage?: boolean;
};

export type UrlState = {
  /** The committed URL's search params. */
  searchParams: ReadonlyURLSearchParams;
  /** True while a navigation started here is loading the new server render. */
  isPending: boolean;
  /** Update search params with `router.replace` inside a transition (no scroll jump). */
  navigate: (updates: ParamUpdates, options?: NavigateOptions) => void;
  /** The href for the current page with updates applied (for real links). */
  hrefWith: (updates: ParamUpdates) => string;
};

const UrlStateContext = createContext<UrlState | null>(null);

function useUrlStateImpl(): UrlState {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  // The target of a navigation still in flight, so that a second update made before it
  // commits (e.g. typing in search right after changing a filter) builds on it instead of
  // on the stale committed URL.
  const inFlight = useRef<string | null>(null);

  useEffect(() => {
    if (!isPending) inFlight.current = null;
  }, [isPending, searchParams]);

  const navigate = useCallback(
    (updates: ParamUpdates, options: NavigateOptions = {}) => {
      const base = inFlight.current ?? searchParams.toString();
      const query = applyParamUpdates(base, {
        ...(options.resetPage === false ? {} : { [PAGE_PARAM]: null }),
        ...updates,
      });
      if (query === base) return;
      inFlight.current = query;
      startTransition(() => {
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      });
    },
    [pathname, router, searchParams],
  );

  const hrefWith = useCallback(
    (updates: ParamUpdates) => {
      const query = applyParamUpdates(searchParams.toString(), updates);
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  return useMemo(() => ({ searchParams, isPending, navigate, hrefWith }), [searchParams, isPending, navigate, hrefWith]);
}

/**
 * Shares one navigation transition between filters and a DataTable so that any filter
 * change dims the table. `<DataTable toolbar={…}>` sets this up itself; wrap manually only
 * when the filters live elsewhere on the page:
 *
 *   <UrlStateProvider>
 *     <MyFilters />
 *     <MyTable … />
 *   </UrlStateProvider>
 */
export function UrlStateProvider({ children }: { children: ReactNode }) {
  const state = useUrlStateImpl();
  return <UrlStateContext.Provider value={state}>{children}</UrlStateContext.Provider>;
}

/** URL search-param state: the nearest `UrlStateProvider`'s, or a local one. */
export function useUrlState(): UrlState {
  const shared = useContext(UrlStateContext);
  const local = useUrlStateImpl();
  return shared ?? local;
}

/** True inside a `UrlStateProvider` (the DataTable reuses an outer one). */
export function useHasUrlStateProvider(): boolean {
  return useContext(UrlStateContext) !== null;
}
