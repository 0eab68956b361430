import { requireSection } from "@/lib/auth/gate";

/** Administration is the provider admin's: anyone else gets a real 404. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireSection(["admin.organizations", "admin.users", "admin.exchangeRates", "admin.registrations"]);
  return children;
}
