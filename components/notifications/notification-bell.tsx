"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Popover } from "radix-ui";
import { Bell, CheckCheck } from "lucide-react";
import { formatRelative } from "@/lib/format";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";

export type BellItem = { id: string; title: string; body: string; link: string | null; createdAt: string; read: boolean };
type Feed = { unread: number; items: BellItem[] };

export type NotificationBellLabels = {
  label: string;
  /** "{count}" is replaced by the number. */
  labelUnread: string;
  title: string;
  markAllRead: string;
  empty: string;
  viewAll: string;
  settings: string;
  loadFailed: string;
};

const FEED_URL = "/notifications/feed";
const REFRESH_MS = 60_000;

async function post(body: object): Promise<{ unread: number } | null> {
  const res = await fetch(FEED_URL, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return res.ok ? ((await res.json()) as { unread: number }) : null;
}

/**
 * The bell in the header: unread count, and a panel with the latest notifications (open
 * one → it is marked read and its object opens), "mark all read", links to the full list
 * and the email settings. Refreshes every minute, when the window regains focus and when
 * opened.
 */
export function NotificationBell({ labels, locale, timeZone }: { labels: NotificationBellLabels; locale: string; timeZone: string }) {
  const router = useRouter();
  const [feed, setFeed] = useState<Feed | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const loading = useRef(false);

  const load = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    try {
      const res = await fetch(FEED_URL, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      setFeed((await res.json()) as Feed);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      loading.current = false;
    }
  }, []);

  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const timer = setInterval(() => void load(), REFRESH_MS);
    const onFocus = () => void load();
    window.addEventListener("focus", onFocus);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [load]);

  const markRead = (ids: string[]) => {
    setFeed((f) =>
      f
        ? {
            unread: Math.max(0, f.unread - f.items.filter((i) => ids.includes(i.id) && !i.read).length),
            items: f.items.map((i) => (ids.includes(i.id) ? { ...i, read: true } : i)),
          }
        : f,
    );
    void post({ ids }).then((r) => r && setFeed((f) => (f ? { ...f, unread: r.unread } : f)));
  };
  const markAll = () => {
    setFeed((f) => (f ? { unread: 0, items: f.items.map((i) => ({ ...i, read: true })) } : f));
    void post({ all: true });
  };

  const unread = feed?.unread ?? 0;
  const now = new Date();
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void load();
      }}
    >
      <Popover.Trigger
        aria-label={unread > 0 ? labels.labelUnread.replace("{count}", String(unread)) : labels.label}
        data-testid="notification-bell"
        className={cn(
          "relative grid size-9 place-items-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900",
          focusRing,
        )}
      >
        <Bell aria-hidden="true" className="size-5" />
        {unread > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 grid h-4.5 min-w-4.5 place-items-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-semibold text-white"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label={labels.title}
          className="z-50 w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-slate-200 bg-white text-sm shadow-lg outline-none"
        >
          <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2.5">
            <h2 className="font-semibold text-slate-900">{labels.title}</h2>
            <button
              type="button"
              onClick={markAll}
              disabled={unread === 0}
              className={cn(
                "inline-flex items-center gap-1 rounded px-1.5 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50 disabled:cursor-default disabled:text-slate-400 disabled:hover:bg-transparent",
                focusRing,
              )}
            >
              <CheckCheck aria-hidden="true" className="size-3.5" />
              {labels.markAllRead}
            </button>
          </div>
          {failed && !feed ? (
            <p className="px-4 py-6 text-center text-slate-600">{labels.loadFailed}</p>
          ) : feed && feed.items.length === 0 ? (
            <p className="px-4 py-6 text-center text-slate-600">{labels.empty}</p>
          ) : (
            <ul className="max-h-[60vh] divide-y divide-slate-100 overflow-y-auto" aria-label={labels.title}>
              {(feed?.items ?? []).map((item) => {
                const content = (
                  <>
                    <span className="flex items-start gap-2">
                      <span
                        aria-hidden="true"
                        className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-indigo-600")}
                      />
                      <span className="grid min-w-0 gap-0.5">
                        <span className={cn("line-clamp-2 text-slate-900", !item.read && "font-semibold")}>{item.title}</span>
                        {item.body ? <span className="line-clamp-2 text-xs text-slate-600">{item.body}</span> : null}
                        <time dateTime={item.createdAt} className="text-xs text-slate-500">
                          {formatRelative(item.createdAt, { locale, timeZone, now })}
                        </time>
                      </span>
                    </span>
                  </>
                );
                const rowClass = cn("block w-full px-4 py-3 text-left hover:bg-slate-50", focusRing);
                return (
                  <li key={item.id}>
                    {item.link ? (
                      <Link
                        href={item.link}
                        className={rowClass}
                        onClick={() => {
                          if (!item.read) markRead([item.id]);
                          setOpen(false);
                        }}
                      >
                        {content}
                      </Link>
                    ) : (
                      <button type="button" className={rowClass} onClick={() => !item.read && markRead([item.id])}>
                        {content}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <div className="flex items-center justify-between rounded-b-lg border-t border-slate-100 bg-slate-50 px-4 py-2 text-xs">
            <Link
              href="/notifications"
              className={cn("rounded font-medium text-indigo-700 hover:underline", focusRing)}
              onClick={() => {
                setOpen(false);
                router.refresh();
              }}
            >
              {labels.viewAll}
            </Link>
            <Link
              href="/settings/notifications"
              className={cn("rounded text-slate-600 hover:underline", focusRing)}
              onClick={() => setOpen(false)}
            >
              {labels.settings}
            </Link>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
