import { describe, expect, it } from "vitest";
import { TERMINAL_DEAL_STATUSES } from "@/lib/domain/referral";
import { parseListQuery, tabStatuses } from "./list-query";

describe("the status filter per tab", () => {
  it("offers the open statuses in Inbound/Outbound and the terminal ones in Closed", () => {
    expect(tabStatuses("inbound")).toEqual(expect.arrayContaining(["RECEIVED", "ACCEPTED", "QUALIFIED", "COLLECT_DATA"]));
    expect(tabStatuses("outbound")).toEqual(expect.arrayContaining(["CREATED", "QUALIFIED", "PRESENT_TO_CUSTOMER"]));
    for (const terminal of TERMINAL_DEAL_STATUSES) {
      expect(tabStatuses("inbound")).not.toContain(terminal);
      expect(tabStatuses("outbound")).not.toContain(terminal);
    }
    expect(tabStatuses("inbound")).not.toContain("CREATED");
    expect(tabStatuses("outbound")).not.toContain("RECEIVED");
    expect(tabStatuses("closed")).toEqual(["WON", "LOST", "DECLINED", "EXPIRED", "ERROR"]);
    expect(tabStatuses("favorites")).toEqual(expect.arrayContaining(["RECEIVED", "CREATED", "WON"]));
  });

  it("drops a status the tab cannot show, keeps one it can", () => {
    expect(parseListQuery({ tab: "inbound", status: "WON" }).query.status).toBeUndefined();
    expect(parseListQuery({ tab: "closed", status: "WON" }).query.status).toEqual(["WON"]);
    expect(parseListQuery({ tab: "outbound", status: "QUALIFIED" }).query.status).toEqual(["QUALIFIED"]);
  });
});
