/**
 * Catalogues behind co-sell deals: the customer directory, the solution catalogue, the
 * co-sell partner directory and the monthly exchange rates (domain.md §4.1, §4.5, §4.6).
 */
export { searchCustomers, countCustomersByManagement, type CustomerAccountView, type CustomerSearch } from "./customers";
export { searchSolutions, solutionKinds, type SolutionView, type SolutionSearch } from "./solutions";
export { coSellDirectory, type DirectoryPartner } from "./partners";
export {
  listExchangeRates,
  setExchangeRate,
  usdRateAt,
  monthOf,
  SetExchangeRateSchema,
  type ExchangeRateView,
  type SetExchangeRateInput,
} from "./exchange-rates";
