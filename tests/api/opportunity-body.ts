/** The api.md example opportunity body, with a target close date ~4 months ahead and a unique CRM id. */
let counter = 0;
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function opportunityBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    customer: {
      companyName: "Globex Retail GmbH",
      websiteUrl: "https://globex.example",
      industry: "Retail",
      countryCode: "DE",
      postalCode: "10115",
      stateOrRegion: "Berlin",
      city: "Berlin",
      streetAddress: "Invalidenstrasse 1",
      duns: "123456789",
    },
    project: {
      title: "Store analytics platform",
      customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
      customerUseCase: "Database",
      deliveryModels: ["SaaS or PaaS"],
      expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" },
      targetCloseDate: inDays(120),
      salesActivities: ["Conducted POC / Demo"],
      competitor: "No Competition",
    },
    opportunityType: "NET_NEW_BUSINESS",
    stage: "QUALIFIED",
    coSellWithProvider: "YES",
    primaryNeedsFromProvider: ["Co-Sell - Architectural Validation"],
    marketing: { source: "NONE" },
    partnerCrmId: `CRM-API-${process.pid}-${counter}`,
    customerContact: { firstName: "Greta", lastName: "Gruber", email: "greta@globex.example", phone: "+49 30 1234567", title: "CTO" },
    ...over,
  };
}
