/**
 * The English message catalogue, one JSON file per namespace (features add theirs here).
 */
import common from "./common.json" with { type: "json" };
import nav from "./nav.json" with { type: "json" };
import auth from "./auth.json" with { type: "json" };
import home from "./home.json" with { type: "json" };
import errors from "./errors.json" with { type: "json" };
import roles from "./roles.json" with { type: "json" };
import people from "./people.json" with { type: "json" };
import opportunities from "./opportunities.json" with { type: "json" };
import apiTokens from "./apiTokens.json" with { type: "json" };
import opportunityForm from "./opportunityForm.json" with { type: "json" };
import imports from "./imports.json" with { type: "json" };
import notifications from "./notifications.json" with { type: "json" };
import providerReferrals from "./providerReferrals.json" with { type: "json" };
import referrals from "./referrals.json" with { type: "json" };
import sharing from "./sharing.json" with { type: "json" };

const messages = { common, nav, auth, home, errors, roles, people, opportunities, apiTokens, opportunityForm, imports, notifications, providerReferrals, referrals, sharing };
export default messages;
