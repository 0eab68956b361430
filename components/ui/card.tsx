import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Server-safe card surface. Compose: Card > CardHeader (CardTitle, CardDescription, CardAction?) > CardContent > CardFooter. */
export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("rounded-lg border border-slate-200 bg-white text-slate-900 shadow-xs", className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("grid auto-rows-min grid-cols-[1fr_auto] items-start gap-x-4 gap-y-1 px-5 pt-5 pb-3 [&:only-child]:pb-5", className)}
      {...props}
    />
  );
}

export type CardTitleProps = ComponentProps<"h2"> & {
  /** Heading level to keep the page outline correct. Default h2. */
  as?: "h2" | "h3" | "h4";
};

export function CardTitle({ as: Heading = "h2", className, ...props }: CardTitleProps) {
  return <Heading className={cn("col-start-1 text-base leading-6 font-semibold text-slate-900", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("col-start-1 text-sm text-slate-600", className)} {...props} />;
}

/** Top-right slot in a CardHeader (e.g. an "Edit" button). */
export function CardAction({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("col-start-2 row-span-2 row-start-1 self-start", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-5 pb-5 [&:first-child]:pt-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div className={cn("flex items-center gap-2 rounded-b-lg border-t border-slate-200 bg-slate-50 px-5 py-3", className)} {...props} />
  );
}
