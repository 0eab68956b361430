import { requireActor } from "@/lib/auth";
import { AppShell } from "@/components/shell/app-shell";
import { signOutAction } from "./actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <AppShell actor={actor} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
